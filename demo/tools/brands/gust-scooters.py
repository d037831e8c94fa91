# Gust: a made-up e-scooter and e-bike rental app in the city of Brackenford: unlocking and
# ending rides, parking bays and no-go zones, scooters left lying across pavements, unlock
# fees, damage fees and fines, ride passes and refunds, accounts and ID checks in the app,
# broken scooters and flat batteries, the helmets in the helmet boxes, crashes, battery fires,
# riders threatened on the street, and things left in the baskets. "gust" is also an everyday
# word (a gust of wind, every weather forecast), a sailing term, a surname (a hospital
# consultant), Gust Coffee on Tollgate, a perfume, and the Polish word for taste: none of
# them is the rental app.
# Written blind, from PRODUCT.md and the scenario README's conventions only.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place,
# scooter number, phone number, card number, address and email address here is made up.
# Phone numbers are from the UK drama ranges; the card number is a Luhn-valid test number.


def build_gust_scooters():
    global CURRENT_BRAND, CLOCK
    brand = Brand("gust-scooters", SCEN_DIR / "gust-scooters.plan.toml", "GustHelp", 4212345621, 1861220000000002501)
    CURRENT_BRAND, CLOCK = brand, Clock("2027-09-13T06:30:00Z")
    B = "GustHelp"
    user(B, "Gust", 4212345621,
         "Gust help team 🛴🚲 8am to midnight, every day, all over Brackenford. Safety line 24/7: 0808 157 0733. "
         "Please never post card details or your account email here.",
         18_400, following=310, tweets=52_000, listed=95, verified=True)
    user("dev_okonjo", "Dev Okonjo", 7510402113, "Quantity surveyor. Sallow Hill. Mostly tired.", 310)
    user("wren_adebayo", "Wren Adebayo", 7510468967, "Copywriter. Umbrella graveyard curator.", 880)
    user("jo_marchetti", "Jo Marchetti", 7510535895, "Pharmacy tech at Northgate. Runs on espresso.", 260)
    user("GustSupport_24", "Gust Support ✅ 24/7", 7510602897,
         "Official help & refunds 24/7 🛴 DM or WhatsApp for instant refunds", 31, following=4100)
    user("bun_hunter_bf", "Alys Pryce", 7510669973, "Cinnamon bun hunter. Brackenford's cafés, ranked.", 2300)
    user("morganhale_bf", "Morgan Hale", 7510737123, "Trainee solicitor. Suits and sarcasm.", 540)
    user("lorna_baptiste", "Lorna Baptiste", 7510803350, "Teacher. Daughter of a stubborn, brilliant, blind dad.", 390)
    user("ash_penhallow", "Ash Penhallow", 7510870648, "Sound engineer. Late for everything, never my fault.", 720)
    user("breezy_connor", "Connor Blythe", 7510937023, "Pun enthusiast. No refunds.", 1150)
    user("parkhere_pete", "Pete Lomax", 7511003472, "Knows every shortcut in Brackenford.", 430)
    user("nadia_rowe_bf", "Nadia Rowe", 7511070992, "Mum of one teenager (help). Tollgate.", 150)
    user("laser_liv", "Olivia Strand", 7511137589, "Dinghy sailor. Brackenford Sailing Club. Always wet.", 960)
    user("mercer_court_em", "Emeka Nwosu", 7511204260, "Nurse, night shifts. Mercer Court.", 210)
    user("BrackenfordPost", "The Brackenford Post", 7511271005, "News from Brackenford and the estuary since 1889.",
         52_000, following=900, verified=True)
    user("dale_furnival", "Dale Furnival", 7511337824, "Plasterer. Early starts. No nonsense.", 140)
    user("bex_trinder", "Bex Trinder", 7511404717, "Nosy best friend, professionally.", 610)
    user("lena_kowal", "Lena Kowal", 7511471684, "Marketing, Quayside. Dating app survivor.", 780)
    user("qa_ishaan", "Ishaan Mehta", 7511538725, "QA engineer. I type weird things into forms.", 1400)
    user("quayside_ray", "Ray Dimmock", 7511604843, "Quayside. Retired harbour pilot.", 190)
    user("sunil_k_bf", "Sunil Kapoor", 7511672032, "Maths teacher. Rides to work, rain or shine.", 270)
    user("bf_weather_fran", "Fran Ellery", 7511739295, "Weather presenter, Coast Tonight. Clouds are my love language.",
         910_000, following=1200, listed=3800, verified=True)
    user("cal_mbeki", "Callum Mbeki", 7511805635, "Apprentice electrician. Wyvern Park.", 330)
    user("ola_wisniewska", "Ola Wiśniewska", 7511873046, "Krakowianka w Brackenford. Kawa i kryminały.", 240)
    user("pip_harrow", "Pip Harrow", 7511939534, "Photographs the Quayside every single day.", 1900)
    user("JonnyVance", "Jonny Vance", 7512006096, "Comedian. Brackenford's least favourite son. Tour dates below.",
         640_000, following=700, listed=2100, verified=True)
    user("tess_quayle", "Tess Quayle", 7512072732, "", 120)
    user("jonas_reiter", "Jonas Reiter", 7512139442, "Aus Freiburg. Erasmus in Brackenford.", 170)
    user("claire_menard", "Claire Ménard", 7512206226, "Nantaise à Brackenford. Doctorante.", 230)
    user("bea_ackroyd", "Bea Ackroyd", 7512273084, "Lives at the top of Sallow Hill. Regrets it daily.", 460)
    user("t1d_robbie", "Robbie Sillitoe", 7512340016, "Type 1 since I was 9. Cyclist, bad at it.", 350)
    user("chiara_bassi", "Chiara Bassi", 7512407022, "Bolognese, ricercatrice, nuova a Brackenford.", 190)
    user("hollis_grant", "Hollis Grant", 7512474102, "Bar manager. The Anchor, Quayside.", 520)
    user("rosie_tran", "Rosie Tran", 7512540259, "Student. Brackenford Uni. Digital privacy nerd.", 690)
    user("amara_eze_bf", "Amara Eze", 7512607487, "21 and still getting ID'd.", 380)
    user("femke_j_bf", "Femke Jansen", 7512674789, "Haarlemse in Brackenford. Moeder van een dreumes.", 160)
    user("ruth_and_juno", "Ruth Calloway", 7512741168, "Blind, busy, and led about by Juno the guide dog 🦮", 1700)
    user("kit_farrow", "Kit Farrow", 7512807621, "Graphic designer. Germaphobe, sorry.", 300)
    user("glen_bowden", "Glen Bowden", 7512875145, "Delivery driver, Northgate.", 110)
    user("marcus_venn", "Marcus Venn", 7512941746, "Project manager. I keep receipts. All of them.", 240)
    user("hatty_lowe", "Harriet Lowe", 7513008421, "Freelance journalist. Privacy matters.", 3100)
    user("deano_bf", "Dean Proctor", 7513075170, "3rd year engineering. Brackenford Uni. Broke.", 520)
    user("tannerlane_bill", "Bill Crane", 7513141993, "Tanner Lane. Retired. Car owner, sadly.", 60)
    user("yasmin_c_bf", "Yasmin Carver", 7513208890, "Vet nurse. Commutes by scooter.", 410)
    user("scent_diary", "Noor Haddad", 7513275861, "Perfume diary. Notes, not adverts.", 5600)
    user("BrackGeneral", "Brackenford General", 7513342906, "News from Brackenford General's teams and wards.", 21_000)
    user("uni_life_kemi", "Kemi Adeyemi", 7513409028, "Student union officer. Polls are my cardio.", 2700)
    user("lucia_moreno_bf", "Lucía Moreno", 7513476221, "Sevillana en Brackenford. Diseñadora.", 290)
    user("rita_figueira", "Rita Figueira", 7513543488, "Lisboeta, enfermeira, sempre a correr.", 200)
    user("quizmaster_gee", "Gee Pollard", 7513609832, "Pub quiz captain, The Anchor, Wednesdays.", 380)
    user("marek_novak_bf", "Marek Novak", 7513676250, "Film student. Always skint.", 230)
    user("legday_leon", "Leon Fitch", 7513743739, "PT. Never skips leg day (now involuntary).", 1500)
    user("nurse_abi_bf", "Abi Carr", 7513810305, "Staff nurse. Tired in a way sleep doesn't fix.", 470)
    user("priya_desai_bf", "Priya Desai", 7513876945, "Architect. Fenner Street.", 360)
    user("kwame_asante_bf", "Kwame Asante", 7513943659, "Courier. Scooter is my office.", 180)
    user("gorse_st_jen", "Jen Tilley", 7514010447, "Gorse Street resident, cat lady, parish newsletter.", 140)
    user("frugal_fin", "Finley Marsh", 7514077309, "Spreadsheet for everything.", 820)
    user("dad_on_wheels", "Gareth Loy", 7514144245, "Dad of two. Car-free since 2025.", 290)
    user("ChefMarcoLuz", "Marco Luz", 7514211255, "Chef. Luz on the Quayside. Cookbook out now.",
         1_120_000, following=860, listed=5200, verified=True)
    user("punny_pauline", "Pauline Reeve", 7514278339, "Retired English teacher. Puns are my vice.", 650)
    user("hk_drives", "Henry Kwong", 7514344500, "HGV driver. Sees everything from up here.", 340)
    user("mo_rahimi", "Mo Rahimi", 7514411732, "Barber. Tollgate. Says it straight.", 590)
    user("jess_ep_mum", "Jess Pritchard", 7514478041, "Allergy mum. Label reader.", 420)
    user("healed_hannah", "Hannah Voss", 7514545421, "Physio patient turned physio fan.", 330)
    user("GiveawayHubUK", "Giveaway Hub UK 🎁", 7514611878, "Daily giveaways 🎉 Follow + RT to WIN", 3800, following=4900)
    user("cafe_critic_bf", "Ollie Kerr", 7514678409, "Reviews coffee so you don't waste £4.", 2900)
    user("nick_shiftwork", "Nick Ambrose", 7514746011, "Bakery, 6am starts.", 90)
    user("canal_watch_sue", "Sue Harker", 7514812690, "Friends of Brackenford Canal. Litter picker.", 670)
    user("aled_prys", "Aled Prys", 7514879443, "Surveyor. Canal Basin. Keeps photos of everything.", 210)
    user("orchard_rise_di", "Diane Moss", 7514946270, "Orchard Rise. Roses, grandchildren, opinions.", 75)
    user("rowan_achebe", "Rowan Achebe", 7515013171, "Web developer. Notices when pages break.", 640)

    # ---- Monday, 13 September ------------------------------------------------------------
    SC("gust-brakes-sallow-hill", "safety-urgent",
       tw("dev_okonjo", f"@{B} not urgent for me, I'm ok, but scooter 4471's back brake does basically nothing. I had to drag my feet to stop at the bottom of Sallow Hill. It's parked at the top by St Aldric's church now and the next person on it is going to get hurt",
          when="2027-09-13T06:52:14Z"),
       expect(RP, "urgent", "incidents", "direct"),
       note="calm, and says 'not urgent' about himself: the scooter with no brake is still at the top of a steep hill "
            "for the next rider; it needs pulling now")
    SC("gust-common-umbrella-river", "common-word",
       tw("wren_adebayo", "that gust on the Quayside just turned my umbrella inside out and posted it into the river. Monday, you've outdone yourself ☂️🌊",
          when="2027-09-13T07:20:41Z"),
       expect(IGN, "low", None, "none"), note="the weather, not the app")
    jo = tw("jo_marchetti", f"@{B} scanned the QR on three different scooters outside Northgate station, none of them would unlock, and the app took the £1 unlock fee every single time. £3 for the privilege of walking to work",
            when="2027-09-13T07:31:09Z")
    SC("gust-three-scooters-no-unlock", "complaint-direct", jo, expect(RP, "normal", "rides", "direct"))
    SC("gust-spam-fake-support-reply", "spam",
       tw("GustSupport_24", "@jo_marchetti Hi Jo 👋 Gust refunds team here! We can refund all 3 fees today ✅ just DM us your card number, expiry &amp; the 3 digits on the back, or WhatsApp us 👉 {url:https://gust-refunds.example/claim}",
          reply_to=jo, when="2027-09-13T07:44:27Z"),
       expect(IGN, "low", "charges", "third_party"),
       note="an impersonator fishing for card details inside a customer's thread; the topic comes from its keywords")
    jo_brand = tw(B, "@jo_marchetti Sorry Jo, that's three unlock fees you should never have paid. I've refunded the £3 to your card (3-5 working days) and flagged all three scooters for the street team to check this morning. Ignore anyone offering refunds by DM: we never ask for card details.",
                  reply_to=jo, when="2027-09-13T07:58:50Z")
    SC("gust-brand-reply-jo", "brand-own-post", jo_brand, expect(IGN, "low", "charges", "none"))
    SC("gust-namesake-coffee-buns", "namesake",
       tw("bun_hunter_bf", "new favourite: the cardamom bun and oat flat white at Gust Coffee on Tollgate. tiny place, lovely staff, get there before 10 or the buns are gone ☕",
          when="2027-09-13T08:10:33Z"),
       expect(IGN, "low", None, "none"), note="Gust Coffee, a café")
    SC("gust-in-passing-monday-suit", "complaint-in-passing",
       tw("morganhale_bf", f"Monday so far: overslept, burnt the toast, dog ate a sock, then the @{B} scooter I grabbed died halfway up Sallow Hill with 'battery 64%' still on the screen and I pushed it the last half mile in a suit. thriving 🙃",
          when="2027-09-13T08:45:02Z"),
       expect(RP, "normal", "vehicle", "indirect"), note="the brand tagged in the middle of a bad morning")
    SC("gust-blind-dad-dunmore-road", "safety-urgent",
       tw("lorna_baptiste", "My dad is registered blind. This morning he went flat on his face over a Gust scooter someone had dumped across the pavement on Dunmore Road. Cut above his eye, he's 74. It's still lying there now. Third one outside his house this month.",
          when="2027-09-13T09:30:18Z"),
       expect(RP, "urgent", "parking", "indirect"),
       note="no danger word and no tag: a blind man already hurt, and the scooter that tripped him is still across "
            "the pavement; it needs moving now")
    ash = tw("ash_penhallow", "Gust charged me £9.40 for a 12 minute ride because it wouldn't let me finish anywhere near the Corn Exchange. 'Not a parking zone' over and over. nearest bay was 600m back the way I'd come 🙃",
             when="2027-09-13T10:05:44Z")
    SC("gust-outside-zone-9-40", "complaint-indirect", ash, expect(RP, "normal", "parking", "indirect"),
       note="names the brand without tagging it, about his own ride; the zone rules caused the charge")
    SC("gust-joke-proper-gust", "joke-bystander",
       tw("breezy_connor", "@ash_penhallow should've waited for a proper gust to blow you the rest of the way 🌬️😂",
          reply_to=ash, when="2027-09-13T10:20:07Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun on the name in a customer's thread")
    SC("gust-tip-purple-bays", "third-party-chatter",
       tw("parkhere_pete", "@ash_penhallow the trick with Gust is to zoom right in on the map, the purple bays are tiny. I always finish at the back of the Corn Exchange car park, never fails",
          reply_to=ash, when="2027-09-13T10:35:52Z"),
       expect(MON, "low", "parking", "third_party"), note="a stranger's tip inside someone else's thread")
    SC("gust-question-15-year-old", "question",
       tw("nadia_rowe_bf", f"@{B} can my 15 year old ride the e-bikes on my account, or is there an age limit? she's a confident cyclist, does the school run on her own bike",
          when="2027-09-13T11:10:26Z"),
       expect(RP, "normal", "app", "direct"))
    SC("gust-common-sailing-capsize", "common-word",
       tw("laser_liv", "caught a monster gust off Harker Point and the Laser went straight over. 20 mins in the water before I got her back up, 13°C, absolutely buzzing 🥶⛵ #sailing",
          when="2027-09-13T12:00:39Z"),
       expect(IGN, "low", None, "none"),
       note="sailing: a capsize sounds alarming but it is over, she is fine, and it has nothing to do with the app")
    SC("gust-battery-hissing-flats", "safety-urgent",
       tw("mercer_court_em", f"@{B} hi, someone's left one of your e-bikes in the bike store under our flats on Mercer Court and the battery is hissing and clicking and there's a sharp chemical smell coming off it. is that normal? there are 40 flats above it",
          when="2027-09-13T13:15:03Z"),
       expect(RP, "urgent", "vehicle", "direct"),
       note="asked as a polite question with no fire word: a lithium battery hissing under 40 flats is the start of a fire")
    SC("gust-news-trial-extended", "news-monitor",
       tw("BrackenfordPost", "Council extends Brackenford's Gust e-scooter trial to 2029 after 1.4 million rides, with 60 new parking bays and a 10mph slow zone round the Corn Exchange. {url:https://brackenford-post.example/2027/09/gust-trial-extended}",
          when="2027-09-13T15:00:00Z"),
       expect(MON, "low", "parking", "indirect"),
       known_miss="round 8, not met yet: action: want 'monitor', got ignore; addressed: want 'indirect', got none; the engine read: 'Brackenford's Gust' is another entity, not the brand | topic parking: 'parking bay', 'parking', 'parked', 'bay', 'slow zone', 'zone'")
    SC("gust-threat-van-cricket-bat", "threat-urgent",
       tw("dale_furnival", "The Gust van bloke who keeps taking the scooter from outside my house at 6am when I've parked it perfectly legally: tomorrow I'm waiting for you with a cricket bat. Try me.",
          when="2027-09-13T17:20:15Z"),
       expect(ANY, "urgent", "parking", "indirect"),
       note="a threat against the brand's street crew, with a parking gripe behind it")
    bex = tw("bex_trinder", "@lena_kowal well?? how was the date 👀", when="2027-09-13T18:02:40Z")
    SC("gust-venting-date-heels", "third-party-venting",
       tw("lena_kowal", "@bex_trinder he was lovely. I was 25 mins late and sweaty because not one Gust scooter on the Quayside would unlock, so I walked it in heels. never again",
          reply_to=bex, when="2027-09-13T18:21:57Z"),
       expect(MON, "low", "rides", "third_party"), note="venting to a friend, brand not tagged: don't butt in")
    SC("gust-html-report-form", "html-entities",
       tw("qa_ishaan", f"@{B} the 'report a problem' form in your app shows &lt;/p&gt;&lt;script&gt;alert(document.cookie)&lt;/script&gt; when I open it &amp; won't let me submit anything. how else do I report a problem with my last ride?",
          when="2027-09-13T19:30:48Z"),
       expect(RP, "normal", "app", "direct"))

    # ---- Tuesday, 14 September: the windy day --------------------------------------------
    wind = tw(B, "⚠️ Windy one today: gusts of up to 60mph are forecast from midday. From 12:00 we're switching off scooters and e-bikes on Wyvern Bridge and along the Quayside until it drops. Anything you're riding there will be ended for you, free.",
              when="2027-09-14T07:30:00Z")
    SC("gust-brand-wind-warning", "brand-own-post", wind, expect(IGN, "low", None, "none"),
       note="the brand's own post; 'gusts' here is the weather")
    SC("gust-repost-wind-warning", "repost", tw("quayside_ray", "", retweet=wind, when="2027-09-14T07:50:21Z"),
       expect(IGN, "low", None, "indirect"))
    SC("gust-qreply-pass-windy-days", "question-in-reply-to-brand",
       tw("sunil_k_bf", "does my monthly pass get an extra day when you switch everything off like this? £30 a month and it's windy half the year here 😅",
          reply_to=wind, when="2027-09-14T08:40:12Z"),
       expect(RP, "normal", "charges", "direct"), note="a question under the brand's post, no @")
    SC("gust-common-amber-wind-warning", "common-word",
       tw("bf_weather_fran", "Amber wind warning for the Brackenford coast, 12:00 to 21:00. Expect a gust of 70mph or more on exposed headlands. Stay off the seafront and the harbour walls this afternoon, waves will be coming over the top.",
          when="2027-09-14T09:15:30Z"),
       expect(IGN, "low", None, "none"),
       note="a very big account and a real safety warning, but about the weather: there is no brand in it")
    cal = tw("cal_mbeki", "you said 12:00. it's 12:40 and I could still take one on Wyvern Bridge. a gust threw me into the railings, my knee's bleeding a lot and I can't put weight on it. I'm stuck halfway across. who do I ring",
             reply_to=wind, when="2027-09-14T11:40:05Z")
    SC("gust-bridge-thrown-into-railings", "safety-urgent", cal, expect(RP, "urgent", "incidents", "direct"),
       note="a reply to the brand's post without @: an injured rider stuck on a bridge in a gale, right now")
    cal_brand = tw(B, "@cal_mbeki Cal, if you need an ambulance please ring 999 now. Our street team are on their way to you with a first aid kit, about 8 minutes. I've stopped the ride, no charge. Which end of the bridge are you nearer?",
                   reply_to=cal, when="2027-09-14T11:46:30Z")
    SC("gust-bridge-nurse-with-me", "thread-with-brand",
       tw("cal_mbeki", "town end, by the lamp post with the red ribbon on. a lady's stopped with me, she's a nurse, she's wrapped it up. thank you for being quick",
          reply_to=cal_brand, when="2027-09-14T11:55:44Z"),
       expect(RP, "urgent", None, "direct"), strict=False,
       note="the injured rider answers the brand's question: he is still on the bridge waiting for the crew, so the "
            "case stays urgent; with a nurse now with him and thanks in the text, some would call it high")
    SC("gust-common-polish-taste", "common-word",
       tw("ola_wisniewska", "Mama kupiła pomarańczową kanapę do salonu. Wiem, każdy ma swój gust, ale serio? 🧡🛋️",
          lang="pl", when="2027-09-14T12:30:19Z"),
       expect(IGN, "low", None, "none"), note="Polish: 'gust' is taste; 'everyone has their own taste'")
    SC("gust-chatter-dominoes", "chatter-monitor",
       tw("pip_harrow", "one gust down the Quayside and the whole row of Gust scooters went over like dominoes. nature is healing 🌬️😂",
          when="2027-09-14T13:05:36Z"),
       expect(MON, "low", None, "indirect"),
       note="the word and the brand in one joke; nothing to answer, worth watching")
    jonny = tw("JonnyVance", "Brackenford station has a new public art installation: 40 Gust scooters in a heap across the pavement, two in the fountain. Title: 'Nobody Asked'. Wheelchair users love it 👏",
               when="2027-09-14T14:10:08Z",
               metrics={"retweet_count": 2400, "reply_count": 510, "like_count": 19800, "quote_count": 160})
    SC("gust-big-reach-station-heap", "big-reach", jonny, expect(RP, "high", "parking", "indirect"),
       note="640k followers; a sarcastic complaint about scooters blocking the pavement outside the station")
    SC("gust-repost-station-heap", "repost", tw("tess_quayle", "", retweet=jonny, when="2027-09-14T14:40:55Z"),
       expect(IGN, "low", "parking", "indirect"))
    SC("gust-de-sturz-kanal", "safety-urgent",
       tw("jonas_reiter", f"@{B} Bin gerade mit dem E-Bike am Kanal gestürzt, der Wind hat mich umgeworfen. Die Schulter tut höllisch weh und ich kann den Arm nicht heben. Die Fahrt läuft noch. Was soll ich jetzt machen?",
          lang="de", when="2027-09-14T15:05:27Z"),
       expect(RP, "urgent", "incidents", "direct"),
       note="German: fell off an e-bike by the canal, can't lift his arm, asking what to do")
    SC("gust-fr-couteau-tollgate", "threat-urgent",
       tw("claire_menard", f"@{B} un homme m'a suivie depuis Canal Basin et m'a menacée avec un couteau pour prendre la trottinette. Je me suis réfugiée dans une pharmacie sur Tollgate, il attend dehors. La location tourne toujours, je fais quoi ?",
          lang="fr", when="2027-09-14T16:20:50Z"),
       expect(RP, "urgent", "incidents", "direct"),
       note="French: a rider threatened with a knife, hiding in a pharmacy with the man still outside")
    SC("gust-sarcasm-death-trap-wallet", "sarcasm-customer",
       tw("bea_ackroyd", f"the Gust scooters up Sallow Hill are a genuine death trap. for my wallet. £11.60 to go 1.3 miles at 8mph on per-minute pricing because the hill eats the battery. incredible value @{B}",
          when="2027-09-14T18:00:13Z"),
       expect(RP, "normal", "charges", "indirect"), note="'death trap' is about the price: a sarcastic complaint, not a safety report")

    # ---- Wednesday, 15 September ---------------------------------------------------------
    SC("gust-medical-hypo-river-path", "medical-urgent",
       tw("t1d_robbie", f"@{B} scooter cut out on the river path past the sewage works, said 58% battery. I'm type 1 and going low, 3.2, ate my last jelly babies 10 mins ago. it's 2 miles back to town. can you get one to me or send someone?",
          when="2027-09-15T06:15:42Z"),
       expect(RP, "urgent", "vehicle", "direct"), note="a diabetic rider with falling blood sugar, stranded")
    SC("gust-it-abbonamento", "non-english",
       tw("chiara_bassi", f"@{B} buongiorno! Quanto costa un abbonamento mensile per le bici elettriche? Vale anche per i monopattini? Grazie mille",
          lang="it", when="2027-09-15T07:10:04Z"),
       expect(RP, "normal", "charges", "direct"), note="Italian: the price of a monthly pass")
    hollis = tw("hollis_grant", f"@{B} you've charged me twice for Sunday's ride, £6.20 both times, on card 4111 1111 1111 1111. can you refund one of them please",
                when="2027-09-15T08:00:31Z")
    SC("gust-private-card-number", "private-details", hollis, expect(RV, "normal", "charges", "direct"),
       note="a full card number in public")
    SC("gust-chatter-delete-card", "third-party-chatter",
       tw("rosie_tran", "@hollis_grant delete this now, your whole card number's on there! Gust sorted mine by DM last month, they're quick",
          reply_to=hollis, when="2027-09-15T08:06:19Z"),
       expect(MON, "low", None, "third_party"), note="good advice from a stranger in someone else's thread")
    hollis_brand = tw(B, "@hollis_grant Hollis, please delete this post: it shows your full card number. I've sent you a DM and I'll refund the duplicate £6.20 as soon as you reply there.",
                      reply_to=hollis, when="2027-09-15T08:14:02Z")
    SC("gust-thread-refund-pending", "thread-with-brand",
       tw("hollis_grant", "deleted. refund's already showing as pending, that was quick. cheers 👍",
          reply_to=hollis_brand, when="2027-09-15T08:50:37Z"),
       expect(RP, "low", "charges", "direct"), note="thanks in the brand's thread, without @",
       known_miss="round 8, not met yet: priority: want 'low', got normal; the engine read: replies to @GustHelp: the customer is talking to the brand | sarcasm (irony 0.64) from a customer: a complaint | topic charges: 'refund'")
    SC("gust-private-dob-id-check", "private-details",
       tw("amara_eze_bf", f"@{B} your ID check keeps saying I'm under 18. I'm 21. date of birth 14 March 2006, it's right there on my licence. what am I meant to do",
          when="2027-09-15T08:40:58Z"),
       expect(RV, "normal", "app", "direct"), note="a date of birth in public")
    SC("gust-nl-stoep-kinderwagen", "non-english",
       tw("femke_j_bf", f"@{B} al drie dagen liggen er twee van jullie steps midden op de stoep bij het station. Met de kinderwagen kan ik er nauwelijks langs. Kunnen jullie ze komen ophalen?",
          lang="nl", when="2027-09-15T09:10:22Z"),
       expect(RP, "normal", "parking", "direct"), note="Dutch: two scooters on the pavement for three days, hard to get a pram past")
    SC("gust-guide-dog-dropped-kerb", "safety-urgent",
       tw("ruth_and_juno", f"@{B} hi, my guide dog just refused to go at the zebra crossing on Fenner Street because two of your scooters are lying across the dropped kerb. I had to go round them in the road. Could someone move them before school pick-up please? Thank you",
          when="2027-09-15T09:45:16Z"),
       expect(RP, "urgent", "parking", "direct"),
       note="polite and calm: a blind woman had to step into the road, and the scooters still block the crossing")
    SC("gust-helmet-chewing-gum", "complaint-direct",
       tw("kit_farrow", f"@{B} the helmet on scooter 2290 had someone's chewing gum in the strap and smelled like a rugby changing room. wore it anyway because my mum would kill me if I didn't, but come on",
          when="2027-09-15T10:30:40Z"),
       expect(RP, "normal", "helmets", "direct"), note="'my mum would kill me' is a figure of speech")
    SC("gust-hotline-four-calls", "public-hotline-number",
       tw("glen_bowden", f"rang @{B} on 0808 157 0733 four times about a £25 damage fee for a scratch that was there before I even got on. 50 mins on hold in total. is anyone actually there??",
          when="2027-09-15T11:15:09Z"),
       expect(RP, "high", "charges", "indirect"), strict=False,
       note="the number is the brand's own line, not his; four calls make it a repeated complaint")
    SC("gust-legal-small-claims", "legal-threat-not-urgent",
       tw("marcus_venn", f"@{B} I have timestamped photos showing the crack in the deck was there before my ride. You've still taken a £150 damage fee. If it isn't refunded by Friday I'm filing a small claim and copying in Trading Standards.",
          when="2027-09-15T12:00:55Z"),
       expect(RP, "high", "charges", "direct"), note="court and regulator: a strong complaint, not urgent")
    SC("gust-legal-ico-ride-history", "legal-threat-not-urgent",
       tw("hatty_lowe", "Gust emailed my full ride history, home and work pinned on a map, to a stranger's account because of a 'typo' on their side. I've reported it to the ICO and I'm talking to a data protection solicitor.",
          when="2027-09-15T12:40:28Z"),
       expect(RP, "high", "app", "indirect"), note="a data breach and a regulator complaint: high, not urgent")
    SC("gust-abuse-thieving-clowns", "abuse-with-problem",
       tw("deano_bf", f"@{B} you thieving clowns. £27.80 for a 'ride' that never started because the scooter wouldn't even switch on. refund it or I'll tell every student at Brackenford Uni to delete you",
          when="2027-09-15T13:20:11Z"),
       expect(RP, "high", "charges", "direct"), note="insults, but a real charge for a ride that never happened")
    SC("gust-abuse-driveway-canal", "abuse-with-problem",
       tw("tannerlane_bill", f"@{B} oi, you lazy lot. your junk has been dumped across my driveway on Tanner Lane 4 days running. next one's going in the canal.",
          when="2027-09-15T14:00:47Z"),
       expect(RP, "high", "parking", "direct"),
       note="rude and repeated; the threat is to a scooter, not a person, so it is not urgent",
       known_miss="round 8, not met yet: priority: want 'high', got normal; the engine read: addressed to @GustHelp | complaint (0.48) | topic parking: 'dumped', 'driveway'")
    SC("gust-praise-refund-20-minutes", "praise",
       tw("yasmin_c_bf", "credit where it's due: Gust refunded a double charge in about 20 minutes after one message. no script, no 'call this number'. more of this please",
          when="2027-09-15T14:30:03Z"),
       expect(RP, "low", "charges", "indirect"),
       known_miss="round 8, not met yet: priority: want 'low', got normal; the engine read: names Gust in a post to everyone | complaint (0.71) | topic charges: 'refund', 'double charged', 'charged', 'charges'")
    SC("gust-namesake-perfume", "namesake",
       tw("scent_diary", "finally caved and bought Gust by Atelier Veyrac. cold sea air, wet stone, a bit of fig. I am obsessed. £92 though, don't tell my bank 🫣",
          when="2027-09-15T15:00:26Z"),
       expect(IGN, "low", None, "none"), note="a perfume",
       known_miss="round 8, not met yet: action: want 'ignore', got monitor; addressed: want 'none', got indirect; the engine read: names Gust in a post to everyone | general chatter about the brand")
    SC("gust-namesake-dr-gust", "namesake",
       tw("BrackGeneral", "Huge congratulations to Dr Miriam Gust, our new head of paediatrics, who joins the team on Monday. Welcome to Brackenford General! 👏",
          when="2027-09-15T15:40:52Z"),
       expect(IGN, "low", None, "none"), note="a surname, in a hospital's post")
    SC("gust-chatter-gust-or-voltway", "chatter-monitor",
       tw("uni_life_kemi", "serious question for Brackenford: Gust or Voltway? Gust has more scooters round the uni, Voltway's e-bikes are comfier. which are you",
          when="2027-09-15T16:30:18Z"),
       expect(MON, "low", None, "indirect"), note="a poll to everyone, nothing for the brand to answer")
    SC("gust-es-sin-frenos", "safety-urgent",
       tw("lucia_moreno_bf", f"@{B} el patinete 3318 se quedó sin frenos bajando Sallow Hill y me caí en el cruce. Me sangra mucho la mano y creo que tengo la muñeca rota. ¿A quién llamo? El patinete sigue en medio de la calle.",
          lang="es", when="2027-09-15T17:10:33Z"),
       expect(RP, "urgent", "incidents", "direct"),
       note="Spanish: brakes failed downhill, she fell, her hand is bleeding and her wrist may be broken")
    SC("gust-pt-conta-bloqueada", "private-details",
       tw("rita_figueira", f"@{B} olá, a minha conta foi bloqueada depois de uma viagem normal e ninguém me responde. O meu email é rita.figueira@example.pt e o telefone 07700 900614. Podem ligar-me?",
          lang="pt", when="2027-09-15T18:00:09Z"),
       expect(RV, "normal", "app", "direct"), note="Portuguese: an account blocked; an email address and a phone number in public")
    gee = tw("quizmaster_gee", "@marek_novak_bf quiz tonight? we need your film round brain 🎬", when="2027-09-15T18:30:44Z")
    SC("gust-venting-pub-quiz", "third-party-venting",
       tw("marek_novak_bf", "@quizmaster_gee can't, skint. spent £31 on Gust this week just getting to lectures because the 14 bus never turns up, and I got charged £4 yesterday for one that wouldn't go",
          reply_to=gee, when="2027-09-15T18:45:20Z"),
       expect(MON, "low", "charges", "third_party"), note="venting to a friend, brand not tagged")
    SC("gust-sarcasm-free-leg-day", "sarcasm-customer",
       tw("legday_leon", f"@{B} thanks for the free leg day. pushed your scooter the whole length of Canal Basin when the battery hit 0% with 'range 9 miles' still on the screen. 10/10 workout, would not recommend",
          when="2027-09-15T19:10:57Z"),
       expect(RP, "normal", "vehicle", "direct"), note="thanks and '10/10' are sarcasm: a complaint")
    SC("gust-in-passing-ward", "complaint-in-passing",
       tw("nurse_abi_bf", f"long day: 12 hours on the ward, missed the last bus, the @{B} e-bike outside had a flat tyre so I walked, and the chippy was shut. goodnight",
          when="2027-09-15T22:10:25Z"),
       expect(RP, "normal", "vehicle", "indirect"),
       note="the brand tagged in the middle of a bad day; 'the ward' is her job, not a medical need",
       known_miss="round 8, not met yet: action: want 'respond_public', got monitor; priority: want 'normal', got low; the engine read: tags @GustHelp in a post to everyone | general chatter about the brand | topic vehicle: 'flat tyre', 'tyre'")

    # ---- Thursday, 16 September ----------------------------------------------------------
    SC("gust-repeat-jo-again", "repeat-contact",
       tw("jo_marchetti", "and this morning it's happened again: two more outside Northgate that won't unlock, £2 more in fees. second time this week. is anyone actually checking them?",
          reply_to=jo_brand, when="2027-09-16T07:05:38Z"),
       expect(RP, "high", "rides", "direct"), note="back in the brand's thread without @: the same fault again")
    priya = tw("priya_desai_bf", f"@{B} I ended my ride at 08:12 outside the library and it's still running, the timer's at 47 minutes now",
               when="2027-09-16T07:40:12Z")
    SC("gust-timer-still-running", "complaint-direct", priya, expect(RP, "normal", "rides", "direct"))
    priya_brand = tw(B, "@priya_desai_bf Sorry Priya. Can you tell me the scooter's number (on the sticker by your feet, it starts GX-) and which side of the library you left it? I'll close it from here and put the extra minutes right.",
                     reply_to=priya, when="2027-09-16T07:52:49Z")
    SC("gust-thread-scooter-number", "thread-with-brand",
       tw("priya_desai_bf", "GX-4402, Fenner Street side by the bike racks. timer's at 1h10 now 🙃",
          reply_to=priya_brand, when="2027-09-16T08:05:16Z"),
       expect(RP, "normal", "rides", "direct"), note="answers the brand's question, without @")
    SC("gust-repeat-suspended-fourth", "repeat-contact",
       tw("kwame_asante_bf", f"@{B} fourth message in two weeks. my account is still suspended for 'unsafe riding' on a night I was at home asleep. two emails, one DM, nothing back but bots. I need it for work.",
          when="2027-09-16T08:20:03Z"),
       expect(RP, "high", "app", "direct"), note="the fourth contact about the same problem",
       known_miss="round 8, not met yet: priority: want 'high', got urgent; the engine read: addressed to @GustHelp | complaint (0.97) | a danger to health or safety: urgent | topic app: 'account', 'suspended'")
    bays = tw(B, "📍 20 new parking bays open today around the Corn Exchange and St Aldric's. Finishing in a bay is the only way to avoid the £10 out-of-zone fee, so check the map before you hop off.",
              when="2027-09-16T08:30:00Z")
    SC("gust-quote-bays-gorse-street", "quote",
       tw("gorse_st_jen", "lovely. now send someone for the 11 scooters that have been dumped on Gorse Street since Saturday",
          quote=bays, when="2027-09-16T08:50:31Z"),
       expect(RP, "normal", "parking", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; a complaint from a resident")
    price = tw(B, "From 1 October there's no fee to start a ride, and minutes are 24p. Monthly passes stay at £30.",
               when="2027-09-16T09:00:00Z")
    SC("gust-quote-price-rise", "quote",
       tw("frugal_fin", "'free to start' and 24p a minute, up from 19p. my 20 min commute is a quid dearer every day. a price rise dressed up as a present 🎁🙃",
          quote=price, when="2027-09-16T09:20:14Z"),
       expect(RP, "normal", "charges", "indirect"), strict=False, note="quotes the brand's post without tagging it; sarcastic")
    SC("gust-qreply-child-seat", "question-in-reply-to-brand",
       tw("dad_on_wheels", "do the e-bikes have a child seat option yet? I'd happily pay the 24p if so",
          reply_to=price, when="2027-09-16T09:40:47Z"),
       expect(RP, "normal", "vehicle", "direct"), note="a question under the brand's post, no @")
    chef = tw("ChefMarcoLuz", f"Took a @{B} e-bike to beat the traffic to the restaurant. Back tyre went flat on the Quayside and I pushed it the rest of the way in chef whites. 15 minutes late for lunch service. Not the fast food I had in mind.",
              when="2027-09-16T10:30:22Z",
              metrics={"retweet_count": 880, "reply_count": 340, "like_count": 14100, "quote_count": 75})
    SC("gust-big-reach-chef-flat-tyre", "big-reach", chef, expect(RP, "high", "vehicle", "indirect"),
       note="1.12m followers; the handle in the middle")
    SC("gust-joke-gentle-breeze", "joke-bystander",
       tw("punny_pauline", "@ChefMarcoLuz sounds like your Gust was more of a gentle breeze, Marco. lunch gone with the wind 🌬️😄",
          reply_to=chef, when="2027-09-16T10:52:09Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun in a famous customer's thread")
    SC("gust-child-ring-road", "safety-urgent",
       tw("hk_drives", "there's a lad who can't be older than 12 on a Gust scooter on the ring road right now, his little brother stood on the front, weaving between lorries at Northgate roundabout. how is he even on one??",
          when="2027-09-16T11:20:40Z"),
       expect(RP, "urgent", None, "indirect"),
       note="a bystander, not a customer: two children in heavy traffic right now, on the brand's scooter")
    SC("gust-rant-throttle-stuck", "safety-urgent",
       tw("mo_rahimi", "Gust, honestly. £2.40 to start, the app logged me out twice mid-ride, the helmet stank of fags, the phone holder's snapped, and coming down Tollgate the throttle stuck on full and I had to jump off before the junction. scooter 5107 is still out there for the next mug. shambles",
          when="2027-09-16T12:10:55Z"),
       expect(RP, "urgent", ANY, "indirect"),
       note="the danger is buried in a list of gripes: a throttle that sticks on full, and the scooter is still out "
            "there; several topics tie",
       known_miss="round 8, not met yet: addressed: want 'indirect', got direct; the engine read: speaks to Gust by name | complaint (0.89) | a danger to health or safety: urgent | topic app: 'app'")
    SC("gust-epipen-basket", "medical-urgent",
       tw("jess_ep_mum", f"@{B} I left my son's EpiPen in the basket of e-bike GB-0871 outside Wyvern Road library about 20 mins ago. He's got a party at 3 with a nut buffet. Can you stop anyone hiring it till I get back?",
          when="2027-09-16T12:40:30Z"),
       expect(RP, "urgent", "lost_property", "direct"),
       note="a calm question about a child's emergency allergy medicine: a medical need")
    SC("gust-praise-settled-accident", "praise",
       tw("healed_hannah", "6 weeks ago I came off a Gust on the cobbles at the Corn Exchange. Wrist's healed, their team rang twice to check on me and paid for the physio without a fight. back on one today, slowly. fair play to them 👏",
          when="2027-09-16T13:30:17Z"),
       expect(RP, "low", "incidents", "indirect"), note="an old injury, healed and settled: praise, not urgent")
    SC("gust-spam-giveaway", "spam",
       tw("GiveawayHubUK", f"🛴 GIVEAWAY 🛴 3 x FREE annual ride passes! Follow us, RT and tag @{B} + 2 friends. Winners DM'd Sunday 👉 {{url:https://giveaway-hub.example/gust}}",
          when="2027-09-16T14:00:00Z"),
       expect(IGN, "low", "charges", "indirect"), note="a fake giveaway; the topic comes from its keywords")
    SC("gust-namesake-coffee-lukewarm", "namesake",
       tw("cafe_critic_bf", "Gust Coffee on Tollgate charged me £4.60 for an oat flat white and it came out lukewarm. love the place, but come on",
          when="2027-09-16T14:30:36Z"),
       expect(IGN, "low", "charges", "none"),
       note="a real complaint, but about the café; 'charged' is a plan keyword, so the topic follows it")
    SC("gust-news-pothole-crash", "news-monitor",
       tw("BrackenfordPost", "A man of 34 was taken to hospital after his Gust e-scooter hit a pothole on Tollgate last night. Police said his injuries were not life-threatening. The firm says it is checking the scooter. {url:https://brackenford-post.example/2027/09/tollgate-scooter-crash}",
          when="2027-09-16T15:00:00Z"),
       expect(MON, "low", "incidents", "indirect"), strict=False,
       note="news of last night's crash, already handled by the police and the hospital: monitor; some would want "
            "the safety team on it at once")
    SC("gust-question-reserve-early", "question",
       tw("nick_shiftwork", f"@{B} is there a way to reserve a scooter the night before? I start at the bakery at 5:30 and there's never one on my street that early",
          when="2027-09-16T16:00:48Z"),
       expect(RP, "normal", "rides", "direct"))
    SC("gust-hotline-canal", "public-hotline-number",
       tw("canal_watch_sue", f"@{B} is 0808 157 0733 the right number to report one of your scooters dumped in the canal under the Mill Lane footbridge? rang twice, no answer",
          when="2027-09-16T16:40:12Z"),
       expect(RP, "normal", "parking", "direct"), strict=False,
       note="the brand's own number; a question about how to report a scooter in the water")
    SC("gust-gps-river-fined", "complaint-indirect",
       tw("aled_prys", "Gust fined me £18 and charged a £2 'relocation fee' because their GPS put my scooter in the river. It was on the rack at Canal Basin, I have a photo.",
          when="2027-09-16T17:20:29Z"),
       expect(RP, "normal", "charges", "indirect"), note="names the brand without tagging it, about his own charges")
    SC("gust-private-front-garden-address", "private-details",
       tw("orchard_rise_di", f"@{B} one of your scooters has been dumped on its side in my front garden since Sunday night. 41 Orchard Rise, BR6 2JW. please come and get it, I'm not dragging it out myself, it weighs a ton",
          when="2027-09-16T17:45:06Z"),
       expect(RV, "normal", "parking", "direct"),
       note="a resident's full home address in public: the crew needs it, but it belongs in a DM")
    SC("gust-html-receipt-script", "html-entities",
       tw("rowan_achebe", f"@{B} why does my receipt say &lt;script&gt;alert(1)&lt;/script&gt; where the start address should be?? also I was charged for 2 unlocks &amp; only rode once",
          when="2027-09-16T18:30:51Z"),
       expect(RP, "normal", "charges", "direct"))
    return brand


BRANDS["gust-scooters"] = ("GustHelp", 4212345621, build_gust_scooters)
