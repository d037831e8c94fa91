# Swiftlark Parcels: a made-up parcel delivery company (home delivery, parcel
# lockers, drop-off shops, returns, a tracking app, vans and drivers out of
# depots at Harlow and Purfleet). Exec'd inside make_data.py's namespace, so its
# helpers (user, tw, expect, SC, ...) are in scope.
#
# A skylark and a swift are birds and a "lark" is a bit of fun; Swiftlark is also
# a racehorse, and Swiftlark Brass is a brass band in Harlow. None of them is the
# courier. The expectations below were written blind, from the README's
# conventions and PRODUCT.md, not from what the engine does. Every post, person,
# place, phone number, card, tracking and order number here is made up.


def build_swiftlark_parcels():
    global CURRENT_BRAND, CLOCK
    brand = Brand("swiftlark-parcels", SCEN_DIR / "swiftlark-parcels.plan.toml", "SwiftlarkHelp", 4045678904, 1861220000000000701)
    CURRENT_BRAND, CLOCK = brand, Clock("2026-12-09T07:15:00Z")
    B = "SwiftlarkHelp"
    user(B, "Swiftlark Parcels", 4045678904,
         "Swiftlark Parcels help, 7am–10pm every day. Track, redirect or return a parcel in our app. We'll never ask for card details here.",
         42_300, following=1300, tweets=151_000, listed=260, verified=True)

    # Customers, bystanders, namesakes, press and spammers (X ids: 10 digits, 43...)
    user("dean_marsh_", "Dean Marsh", 4301827364, "Harlow. Dad of three. Tired.", 240)
    user("harlow_shell", "Michelle Aston", 4302938475, "Harlow born and bred. Knows a shortcut.", 610)
    user("SwiftlarkCare24", "Swiftlark Parcels Support 24/7 ✅", 4398120457, "Official help desk. WhatsApp us for fast redelivery!", 38, following=3100)
    user("gemma_rook", "Gemma Rook", 4303049586, "Jam maker. Small business, big mess.", 1450)
    user("tom_ashby", "Tom Ashby", 4304150697, "Best man in three weeks. Panicking.", 310)
    user("lisa_fenn", "Lisa Fenn", 4305261708, "Epping. Two dogs, one husband.", 420)
    user("baz_puns", "Barry Doyle", 4306372819, "Dad jokes, wholesale.", 1200)
    user("kwame_asante", "Kwame Asante", 4307483920, "Trainers, mostly.", 530)
    user("thrift_queen_jo", "Jo Baptiste", 4308594031, "Returns, refunds and rights. Saving you money since 2019.", 8700)
    user("tash_in_herts", "Natasha Greer", 4309605142, "Herts. Cat mum. Tea.", 290)
    user("robbie_mc", "Robbie McKenna", 4310716253, "Bradford. Rugby league and moaning.", 380)
    user("birdbrain_bill", "Bill Ockenden", 4311827364, "Retired. Binoculars and bad jokes.", 640)
    user("nina_vasquez", "Nina Vasquez", 4312938475, "Freelance video editor. Laptop is my livelihood.", 910)
    user("kaz_louise", "Karen Louise", 4313049586, "", 150)
    user("soph_t", "Sophie Tran", 4314150697, "Nurse. Night shifts. Fragile.", 260)
    user("jonno_b", "Jon Booth", 4315261708, "", 190)
    user("mel_achebe", "Melanie Achebe", 4316372819, "New flat, new postcode, same chaos.", 330)
    user("hannah_okoro", "Hannah Okoro", 4317483920, "Works from home. Sees everything.", 450)
    user("priya_dh", "Priya Dhillon", 4318594031, "Commuter. Always in the rain, apparently.", 370)
    user("freya_lund", "Freya Lund", 4319605142, "Buys coats, returns coats.", 280)
    user("linda_m_k", "Linda Kershaw", 4320716253, "", 95)
    user("grace_nkem", "Grace Nkemelu", 4321827364, "Photographer. Waiting on a refund since November.", 720)
    user("TillyTech", "Tilly Tan", 4322938475, "Tech reviews, unboxings and honest opinions. New video every Tuesday.",
         1_100_000, following=640, listed=3900, verified=True)
    user("yusuf_rt", "Yusuf Demir", 4323049586, "Gadgets.", 210)
    user("bev_sutton", "Bev Sutton", 4324150697, "Grandma of four. Learning Twitter.", 60)
    user("joanne_pryce", "Joanne Pryce", 4325261708, "Harlow. Teaching assistant.", 180)
    user("amir_h", "Amir Haddad", 4326372819, "Vintage denim from the States. Customs is my nemesis.", 540)
    user("kev_obi", "Kevin Obi", 4327483920, "", 140)
    user("marta_gil", "Marta Gil", 4328594031, "Madrileña en Harlow.", 230)
    user("sam_ojo", "Sam Ojo", 4329605142, "Accountant. Not a patient man.", 310)
    user("lou_carver", "Louise Carver", 4330716253, "Mum of two at Orchard Lane Primary.", 470)
    user("ops_dani", "Dani Brook", 4331827364, "Office manager, Kingsmead House. Keeper of the fire register.", 350)
    user("ken_yates", "Ken Yates", 4332938475, "Retired postman. Knows ice.", 120)
    user("ruth_ellery", "Ruth Ellery", 4333049586, "Type 1 since 1994. Knits.", 380)
    user("cheryl_moss", "Cheryl Moss", 4334150697, "Looking after Dad.", 210)
    user("ana_sousa_pt", "Ana Sousa", 4335261708, "Portuguesa em Harlow. Filha e enfermeira.", 190)
    user("gaz_1983", "Gaz", 4336372819, "", 40)
    user("ste_hollis", "Steve Hollis", 4337483920, "", 75)
    user("ian_prothero", "Ian Prothero", 4338594031, "Wedding photographer. Keeps every receipt.", 1300)
    user("wendy_kaur", "Wendy Kaur", 4339605142, "Retired. Knows her rights.", 260)
    user("dazza_k", "Darren Kirby", 4340716253, "", 55)
    user("kelz_m", "Kelly Moran", 4341827364, "", 110)
    user("parcel_drops_uk", "UK Parcel Drops 📦🎁", 4342938475, "Unclaimed parcels, mystery boxes, mad prices! Follow for drops 🔥", 2600, following=4700)
    user("fastfollows_io", "Fast Follows", 4343049586, "Grow your brand 🚀 Real followers, real fast.", 1900, following=4900)
    user("furlong_fran", "Fran Hegarty", 4344150697, "Each-way merchant. Kempton on a Wednesday.", 870)
    user("HarlowWhatsOn", "What's On Harlow", 4345261708, "Gigs, markets and things to do in Harlow and around.", 12_400)
    user("SwiftlarkBrass", "Swiftlark Brass", 4346372819, "Harlow's community brass band since 1952. Carols, concerts, cornets.", 1800)
    user("meg_wordgames", "Meg Hollins", 4347483920, "Scrabble, crosswords, and losing to my nan.", 400)
    user("essex_birder", "Essex Birder", 4348594031, "Birds of the Lea Valley. Binoculars always.", 5200)
    user("HarlowStar", "Harlow Star", 4349605142, "News for Harlow, Epping and the Lea Valley.", 31_600, following=800, verified=True)
    user("LastMileNews", "Last Mile News", 4350716253, "Parcels, couriers and logistics news.", 54_000, following=1200, verified=True)
    user("jade_r_", "Jade Ruddock", 4351827364, "Working from home, watching the street.", 330)
    user("carl_denby", "Carl Denby", 4352938475, "", 160)
    user("claire_dubois", "Claire Dubois", 4353049586, "Française à Londres.", 210)
    user("lukas_weber", "Lukas Weber", 4354150697, "Pendler. Student.", 170)
    user("giorgio_f", "Giorgio Ferri", 4355261708, "Ristoratore a Londra.", 390)
    user("sanne_vd", "Sanne van Dijk", 4356372819, "Nederlandse in Essex.", 150)
    user("dev_martha", "Martha Quist", 4357483920, "Security engineer. I read page sources.", 2100)
    user("ade_k", "Ade Kuti", 4358594031, "Never in when the doorbell goes.", 200)
    user("mirela_p", "Mirela Popescu", 4359605142, "", 130)
    user("pat_whelan", "Pat Whelan", 4360716253, "Fourth floor, no lift, bad knees.", 90)
    user("sunita_r", "Sunita Rao", 4361827364, "School business manager. Fixes things.", 340)

    # Complaints, addressed and not
    dean = tw("dean_marsh_", f"@{B} parcel's been \"at Harlow depot\" since Friday. tracking hasnt moved once in 5 days. its my sons christmas present")
    SC("sw-stuck-at-depot-five-days", "complaint-direct", dean, expect(RP, "normal", "delivery", "direct"))
    SC("sw-driver-chucked-over-gate", "complaint-direct",
       tw("gemma_rook", f"@{B} your driver just chucked my parcel over the side gate without even getting out of the van. watched it all on the doorbell cam. there were glass jars in that box"),
       expect(RP, "normal", "drivers", "direct"), note="conduct of a driver; nothing says the jars broke")
    tom = tw("tom_ashby", f"@{B} parcel turned up with the box crushed flat and the vase inside smashed to bits. it was a wedding present. how do I claim for it?")
    SC("sw-vase-smashed-how-to-claim", "complaint-direct", tom, expect(RP, "normal", "damaged", "direct"),
       note="a complaint that ends in a question; 'claim' is a returns word but the damage wins")
    lisa = tw("lisa_fenn", "Swiftlark left my parcel IN THE RECYCLING BIN. photo says \"delivered to safe place\". bin men came this morning. it's gone. brilliant")
    SC("sw-left-in-recycling-bin", "complaint-indirect", lisa, expect(RP, "normal", "delivery", "indirect"),
       note="bare 'Swiftlark', not tagged, about her own parcel")
    kwame = tw("kwame_asante", "sent a return back 3 weeks ago, tracking says the shop scanned it in, retailer says they never got it so no refund. £89 vanished into thin air #Swiftlark")
    SC("sw-return-vanished-hashtag", "complaint-indirect", kwame, expect(RP, "normal", "returns", "indirect"),
       note="the brand appears only as a hashtag at the end")
    SC("sw-worst-week-in-passing", "complaint-in-passing",
       tw("tash_in_herts", f"what a week. boiler's packed in, the cat's been sick on the sofa twice and @{B} have marked my parcel as delivered when it very much was not. 2026 can end now"),
       expect(RP, "normal", "delivery", "indirect"))
    robbie = tw("robbie_mc", f"Love that my parcel from Leeds to Bradford has gone via Glasgow, Bristol and Swindon according to @{B} tracking. It's seen more of the country than I have this year 🙃")
    SC("sw-sarcasm-grand-tour", "sarcasm-customer", robbie, expect(RP, "normal", "delivery", "indirect"))
    SC("sw-sarcasm-laptop-water-cooling", "sarcasm-customer",
       tw("nina_vasquez", "Thank you Swiftlark for leaving my new laptop on the doorstep in the rain for 6 hours. Box soaked right through. Really appreciate the free water cooling 👍"),
       expect(RP, "normal", "damaged", "indirect"), note="'thank you' and 'appreciate' are sarcasm here: a complaint")

    # Other people's conversations
    SC("sw-bystander-larking-about", "joke-bystander",
       tw("baz_puns", "@lisa_fenn swiftlark by name, larking about by nature 😂 at least the bin men got an early christmas present", reply_to=lisa),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun on the name inside a customer's thread")
    SC("sw-bystander-migrating-parcel", "joke-bystander",
       tw("birdbrain_bill", "@robbie_mc it's a Swiftlark mate, it's migrating for the winter 🐦 should be back in spring", reply_to=robbie),
       expect(IGN, "low", None, "third_party"),
       known_miss="a bystander's pun on the name with no joke cue, laugh or name-opener shape: read as third-party talk (monitor)")
    SC("sw-stranger-depot-black-hole", "third-party-chatter",
       tw("harlow_shell", "@dean_marsh_ same happened to me in november, sat at Harlow for 8 days then just turned up. Swiftlark's depot there is a black hole at christmas, it'll come", reply_to=dean),
       expect(MON, "low", "delivery", "third_party"), note="a stranger's reassurance in a customer's thread, brand not tagged")
    SC("sw-stranger-proof-of-postage-tip", "third-party-chatter",
       tw("thrift_queen_jo", "@kwame_asante keep hold of the proof of postage from the drop-off shop! the retailer has to refund you with that, whatever Swiftlark say", reply_to=kwame),
       expect(MON, "low", "returns", "third_party"))
    kaz = tw("kaz_louise", "did mum's present ever turn up in the end? 🎁")
    SC("sw-venting-which-neighbour", "third-party-venting",
       tw("soph_t", "@kaz_louise nope 🙄 swiftlark reckon they left it with a neighbour on tuesday. WHICH neighbour. ive knocked on 6 doors", reply_to=kaz),
       expect(MON, "low", "delivery", "third_party"), note="lesson 2: venting to her sister, brand not tagged; don't butt in")
    jonno = tw("jonno_b", "how's the new flat treating you?")
    SC("sw-venting-locker-end-of-road", "third-party-venting",
       tw("mel_achebe", "@jonno_b flat's lovely. the Swiftlark locker at the end of the road is not 😩 code never works, went back 3 times for one parcel last week", reply_to=jonno),
       expect(MON, "low", "lockers", "third_party"))
    SC("sw-fake-support-whatsapp", "spam",
       tw("SwiftlarkCare24", "@dean_marsh_ Hi Dean, Swiftlark Parcels support here 👋 so sorry for the wait! We can get it to you today, just message us on WhatsApp +44 7700 900761 with your tracking number and the card you paid with {url:https://swiftlark-redeliver.example/help}", reply_to=dean),
       expect(IGN, ANY, ANY, "third_party"), strict=False,
       note="an impersonator fishing for card details in a customer's thread: no case to answer, though the brand may want to warn the customer")

    # Threads with the brand, repeat contact
    hannah = tw("hannah_okoro", f"@{B} tracking says \"attempted delivery, customer not in\" at 11:42. I was sat at my desk by the front window all morning. nobody came. nobody knocked.", when="2026-12-09T12:05:41Z")
    hannah_brand = tw(B, "@hannah_okoro Sorry Hannah, that's not on. I've asked the Croydon depot to send it out again tomorrow and flagged that scan. You'll get a 1-hour tracking window by 8am.", reply_to=hannah, when="2026-12-09T12:31:07Z")
    SC("sw-brand-reply-attempted", "brand-own-post", hannah_brand, expect(IGN, "low", "delivery", "none"))
    SC("sw-hannah-dentist-window", "thread-with-brand",
       tw("hannah_okoro", "ok thank you. I've got a dentist appt 2 till 3 tho, what happens if the window lands then?", reply_to=hannah_brand, when="2026-12-09T12:44:52Z"),
       expect(RP, "normal", ANY, "direct"),
       note="replies to the brand's answer without @; a small follow-up question, not a return of the problem, so not high")
    tom_brand = tw(B, "@tom_ashby Oh no, sorry Tom. You can claim in the app under Report a problem: add a photo of the box and the vase, and we'll decide within 5 working days.", reply_to=tom, when="2026-12-09T10:22:15Z")
    SC("sw-tom-app-upload-fails", "thread-with-brand",
       tw("tom_ashby", "tried that 3 times, the app just says \"something went wrong\" when I upload the photos. can I not just email them to someone?", reply_to=tom_brand, when="2026-12-09T19:52:33Z"),
       expect(RP, "high", "app", "direct"),
       note="back in the thread without @: the way the brand offered doesn't work, so the case the brand answered is still open")
    priya = tw("priya_dh", f"@{B} locker at Elm Park Tesco won't open, says my collection code is invalid. parcel's sat right there behind the door", when="2026-12-09T18:02:19Z")
    priya_brand = tw(B, "@priya_dh Sorry Priya! I've reset door 14 remotely and texted you a new code. Give it another go and let me know.", reply_to=priya, when="2026-12-09T18:09:48Z")
    SC("sw-locker-new-code-fails-too", "repeat-contact",
       tw("priya_dh", f"@{B} new code doesn't work either. been stood at the locker in the rain 25 mins now, door 14 just beeps at me", reply_to=priya_brand, when="2026-12-09T18:37:05Z"),
       expect(RP, "high", "lockers", "direct"), note="comes back after the brand's fix: the problem is still there")
    SC("sw-claim-third-time-asking", "repeat-contact",
       tw("grace_nkem", f"@{B} third time asking. lost parcel claim sent 14 Nov, you said 5 working days. it's December. still no compensation and nobody replies", when="2026-12-10T08:02:26Z"),
       expect(RP, "high", "returns", "direct"))
    xmas = tw(B, "🎄 Christmas lockers and last posting days: our lockers stay open 24/7 all through the holidays. Send by 18 Dec for Standard and by 22 Dec for Next Day 📦", when="2026-12-10T08:00:00Z")
    SC("sw-brand-christmas-dates", "brand-own-post", xmas, expect(IGN, "low", "lockers", "none"))
    SC("sw-returns-question-on-dates-post", "question-in-reply-to-brand",
       tw("freya_lund", "does that count for returns too? need to get a coat back to Marlowe's by the 20th or I lose the refund", reply_to=xmas, when="2026-12-10T08:47:31Z"),
       expect(RP, "normal", "returns", "direct"), note="a question in reply to the brand's own post, no @")
    SC("sw-repost-christmas-dates", "repost", tw("linda_m_k", "", retweet=xmas, when="2026-12-10T09:15:02Z"), expect(IGN, "low", "lockers", "indirect"))

    # Questions and praise
    SC("sw-locker-near-station-question", "question",
       tw("ade_k", f"@{B} is there a locker near Kingsmead station? I'm never in when you come so I'd rather pick up on the way home"),
       expect(RP, "normal", "lockers", "direct"))
    SC("sw-import-vat-text-legit", "question",
       tw("mirela_p", f"@{B} got a text saying I owe £23.40 import VAT before you'll bring a jumper from the US. is that legit or a scam??", when="2026-12-09T19:12:08Z"),
       expect(RP, "normal", "customs", "direct"), note="a customer's question about a text that may be a scam: not spam itself")
    SC("sw-praise-dave-four-flights", "praise",
       tw("pat_whelan", f"Shoutout to Dave, the @{B} driver on our estate, who carried all my parcels up 4 flights because the lift's out again. Absolute legend 🙌", when="2026-12-09T21:20:44Z"),
       expect(RP, "low", "drivers", "indirect"))
    SC("sw-praise-amira-found-it", "praise",
       tw("sunita_r", f"@{B} just wanted to say thank you to Amira on your team who tracked down my missing parcel at the depot and got it out the same day. Proper service.", when="2026-12-10T12:50:03Z"),
       expect(RP, "low", "delivery", "direct"), note="praise, although it names a missing parcel")
    SC("sw-nl-praise-bezorger", "praise",
       tw("sanne_vd", f"Wat een fijne bezorger van @{B} vandaag! Pakket netjes bij de buren afgegeven en een briefje in de bus gedaan. Dank jullie wel 👏", lang="nl", when="2026-12-10T14:10:37Z"),
       expect(RP, "low", "drivers", "indirect"), note="Dutch praise, the handle mid-sentence")

    # Big reach
    tilly = tw("TillyTech", f"Third review unit in a row that @{B} has marked as delivered to an address that isn't mine. Starting to think the van just drives in circles round Harlow. Tomorrow's video will be late, sorry all", when="2026-12-10T11:20:13Z")
    SC("sw-tech-reviewer-third-unit", "big-reach", tilly, expect(RP, "high", "delivery", "indirect"), note="1.1M followers")
    SC("sw-repost-tech-reviewer", "repost", tw("yusuf_rt", "", retweet=tilly, when="2026-12-10T11:34:50Z"), expect(IGN, "low", "delivery", "indirect"))

    # Private details
    SC("sw-tracking-number-and-phone", "private-details",
       tw("bev_sutton", f"@{B} tracking no SL4829 1172 6630 GB says delivered yesterday but there's nothing here. ring me on 07700 900418 please, I'm in all day", when="2026-12-10T10:05:29Z"),
       expect(RV, "normal", "delivery", "direct"), note="tracking number and a mobile number")
    SC("sw-name-address-dob-at-shop", "private-details",
       tw("joanne_pryce", f"@{B} the pickup shop on Fore St won't give me my parcel cos the name's spelt wrong on it. It's Joanne Pryce, 22 Marlow Rise, Harlow CM20 3QT, DOB 14/03/1988, I've got my passport with me. what do I do??", when="2026-12-10T12:20:16Z"),
       expect(RV, "normal", "lockers", "direct"), note="home address and date of birth")
    SC("sw-card-number-customs-fee", "private-details",
       tw("amir_h", f"@{B} paid the £12.60 customs fee on your site last night and it still says unpaid so you won't deliver. card 4000 0566 5566 5556 exp 09/28, money's gone out of my account. what now?", when="2026-12-10T07:48:58Z"),
       expect(RV, "normal", "customs", "direct"), note="a full card number in public")
    SC("sw-order-number-and-email", "private-details",
       tw("kev_obi", f"@{B} the return label for order 30418822 won't scan at the drop-off shop, they've tried 3 times. can you resend it to kev.obi@mail.example?", when="2026-12-10T13:05:41Z"),
       expect(RV, "normal", "returns", "direct"), note="order number and an email address",
       known_miss="topic: 'drop-off shop' (lockers) ties with the returns keywords and the topic listed first wins")
    SC("sw-es-email-and-tracking", "private-details",
       tw("marta_gil", f"@{B} hola, mi paquete lleva una semana de retraso y nadie me contesta. Mi correo es marta.gil@correo.example y el número de seguimiento es SL5530 8821 0094 GB. ¿Qué pasa?", lang="es", when="2026-12-10T11:02:22Z"),
       expect(RV, "normal", "delivery", "direct"), note="Spanish, with an email address and a tracking number")
    SC("sw-helpline-on-hold", "public-hotline-number",
       tw("sam_ojo", f"been on hold to @{B} on 0808 157 0642 for 52 mins. same song on loop. all I want to know is why the tracking hasn't moved since Saturday", when="2026-12-10T10:41:18Z"),
       expect(RP, "normal", "delivery", "indirect"), strict=False,
       note="the number is the brand's own helpline, not the customer's")

    # Safety and health
    SC("sw-van-speeding-past-school", "safety-urgent",
       tw("lou_carver", f"@{B} one of your vans just came speeding down Orchard Lane past the primary school at pick-up time and mounted the pavement to get round a bus. kids everywhere. reg ends KXP. someone's going to get killed", when="2026-12-10T15:22:09Z"),
       expect(RP, "urgent", "safety", "direct"))
    SC("sw-boxes-blocking-fire-exit", "safety-urgent",
       tw("ops_dani", "A courier has stacked 30-odd parcels right across the fire exit on the 3rd floor of Kingsmead House, completely blocking it. The door won't open. 200 people work in this building #Swiftlark", when="2026-12-10T09:12:44Z"),
       expect(RP, "urgent", "safety", "indirect"), note="the brand appears only as a hashtag at the end")
    SC("sw-driver-slipped-on-ice", "safety-urgent",
       tw("ken_yates", f"@{B} your driver slipped on the ice outside ours and hurt his head. says he's fine but he's sat in the cab white as a sheet and a bit confused. who do I tell?", when="2026-12-10T08:26:51Z"),
       expect(RP, "urgent", "safety", "direct"), note="risk to the brand's own driver, reported calmly by a customer")
    SC("sw-insulin-calm-question", "medical-urgent",
       tw("ruth_ellery", f"@{B} hi, my insulin was sent from the pharmacy on Monday as next day and the tracking hasn't moved since. I've got about 2 days' worth left. Is there anything you can do? Thanks", when="2026-12-10T09:40:33Z"),
       expect(RP, "urgent", "medical", "direct"), note="a calm question, but a medical need")
    SC("sw-dialysis-boxes-on-drive", "medical-urgent",
       tw("cheryl_moss", f"@{B} the driver wouldn't bring my dad's dialysis fluid inside, just left 12 boxes on the drive in the sleet. he's 81, can't lift them, and he needs his medical supplies tonight. please help", when="2026-12-10T17:05:12Z"),
       expect(RP, "urgent", "medical", "direct"), note="reads like a driver complaint, but home dialysis supplies are a medical need")
    SC("sw-pt-medicamento-coracao", "medical-urgent",
       tw("ana_sousa_pt", f"@{B} olá, a encomenda com o medicamento para o coração da minha mãe devia ter chegado ontem e ainda nada. Ela só tem comprimidos até amanhã. Podem ajudar, por favor?", lang="pt", when="2026-12-10T10:18:46Z"),
       expect(RP, "urgent", "medical", "direct"), note="Portuguese: a mother's heart medication, one day left")

    # Threats, legal threats and abuse
    SC("sw-threat-cricket-bat", "threat-urgent",
       tw("gaz_1983", f"@{B} if your driver throws my parcel over the fence one more time I'll be waiting for him with a cricket bat. tell him that.", when="2026-12-10T13:44:20Z"),
       expect(ANY, "urgent", "drivers", "direct"), note="a threat against a driver, with a real complaint")
    SC("sw-threat-depot-desk", "threat-urgent",
       tw("ste_hollis", "Swiftlark lost my parcel AGAIN. going down the Harlow depot tomorrow and whoever's on that desk is getting knocked out. done being polite", when="2026-12-10T21:37:03Z"),
       expect(ANY, "urgent", "delivery", "indirect"), note="bare 'Swiftlark', but a lost parcel and a depot make it the courier; a threat against staff")
    SC("sw-small-claims-camera-gear", "legal-threat-not-urgent",
       tw("ian_prothero", f"@{B} £640 of camera gear lost somewhere in your network 7 weeks ago. claim rejected for \"insufficient evidence\" even though I sent the proof of postage twice. small claims papers go in on Friday.", when="2026-12-10T14:25:57Z"),
       expect(RP, "high", "returns", "direct"))
    SC("sw-trading-standards-redelivery-fee", "legal-threat-not-urgent",
       tw("wendy_kaur", "Reported Swiftlark Parcels to Trading Standards today. They charged me a £9.99 redelivery fee for a redelivery they never even attempted. The retailer just says \"not our problem\".", when="2026-12-10T15:50:31Z"),
       expect(RP, "high", "delivery", "indirect"))
    SC("sw-abusive-caps-out-for-delivery", "abuse-with-problem",
       tw("dazza_k", f"@{B} YOU ABSOLUTE MUPPETS. 4 DAYS \"OUT FOR DELIVERY\". FOUR. MY SONS BIRTHDAY WAS YESTERDAY. USELESS BUNCH OF CLOWNS THE LOT OF YOU", when="2026-12-10T23:05:44Z"),
       expect(RP, "high", "delivery", "direct"), note="rude, in capitals, but a real problem")
    SC("sw-abusive-locker-ate-return", "abuse-with-problem",
       tw("kelz_m", f"@{B} what a shower of sh*te. dropped a return in your locker 2 weeks ago, retailer never got it, no refund, no reply from you lot. sort it out you useless clowns", when="2026-12-10T19:40:15Z"),
       expect(RP, "high", "returns", "direct"))

    # Spam, namesakes, common words
    SC("sw-spam-mystery-parcels", "spam",
       tw("parcel_drops_uk", "🎄 SWIFTLARK CHRISTMAS GIVEAWAY 🎄 300 unclaimed mystery parcels must go before the 25th!! 📦 Follow + RT then grab yours for £1.99 👉 {url:https://swiftlark-mystery-box.example/win}"),
       expect(IGN, "low", None, "indirect"), note="an 'unclaimed parcels' scam using the brand's name")
    SC("sw-spam-follower-selling", "spam",
       tw("fastfollows_io", f"@{B} grow your brand 🚀 10k REAL followers for just $29, 100% safe &amp; fast, DM now! {{url:https://fastfollows.example/buy}}"),
       expect(IGN, "low", None, "direct"))
    SC("sw-namesake-racehorse", "namesake",
       tw("furlong_fran", "Swiftlark came from nowhere in the last furlong at Kempton and delivered at 12/1!! That's Christmas paid for 🐎💰", when="2026-12-09T20:41:55Z"),
       expect(IGN, "low", ANY, "none"), note="the racehorse; 'delivered' is a plan word, but not about the courier")
    SC("sw-namesake-brass-carols", "namesake",
       tw("HarlowWhatsOn", "Swiftlark Brass are playing carols by the Water Gardens from 6pm tonight 🎺🎄 Bring a mince pie and some change for the hospice bucket", when="2026-12-09T09:05:31Z"),
       expect(IGN, "low", None, "none"), note="the Harlow brass band, in the courier's home town")
    SC("sw-namesake-brass-van-broke-down", "namesake",
       tw("SwiftlarkBrass", "Swiftlark Brass news: our van has broken down on the M11 with half the band's instruments in it, so tonight's concert in Epping is cancelled. Full refunds from the box office 🎺", when="2026-12-10T16:30:08Z"),
       expect(IGN, "low", ANY, "none"), note="the band's own van and refunds: parcel-like words, still not the courier")
    SC("sw-common-word-scrabble", "common-word",
       tw("meg_wordgames", "is SWIFTLARK a word?? nan's put it down on a triple word score and won't take it off. she says it's a bird. it is NOT a bird", when="2026-12-10T20:15:40Z"),
       expect(IGN, "low", None, "none"),
       known_miss="the name in capitals with no business word is still read as the brand")
    SC("sw-common-word-summer-evening", "common-word",
       tw("essex_birder", "Found this from June: swifts screaming over the rooftops and a skylark going full pelt over the meadow. A proper swiftlark evening. Roll on summer 🐦", when="2026-12-11T07:10:12Z"),
       expect(IGN, "low", None, "none"), note="swift + lark, the birds")

    # News, chatter, quotes
    SC("sw-news-depot-strike", "news-monitor",
       tw("HarlowStar", "Drivers at Swiftlark Parcels' Harlow depot will strike on 17 and 18 December in a row over pay, union says. The company warns of delays to Christmas parcels {url:https://harlowstar.example/news/swiftlark-depot-strike}", when="2026-12-11T06:30:00Z"),
       expect(MON, "low", "delivery", "indirect"))
    SC("sw-news-hse-fine", "news-monitor",
       tw("LastMileNews", "Swiftlark fined £120,000 after a warehouse worker was seriously injured by a forklift at its Purfleet hub {url:https://lastmile.example/2026/12/swiftlark-hse-fine}", when="2026-12-11T08:15:00Z"),
       expect(MON, "low", "safety", "indirect"))
    SC("sw-chatter-nine-vans", "chatter-monitor",
       tw("jade_r_", "counted 9 Swiftlark vans down our road today. NINE. who is ordering all this stuff 😅", when="2026-12-10T16:48:27Z"),
       expect(MON, "low", "drivers", "indirect"))
    stats = tw(B, "98% of parcels arrived on time last week 📦 Huge thanks to everyone who kept going through the snow 💛", when="2026-12-11T07:05:00Z")
    SC("sw-quote-ninety-eight-percent", "quote",
       tw("carl_denby", "98%?? then I'm the 2% every single time. 6 days late and counting", quote=stats, when="2026-12-11T07:40:19Z"),
       expect(RP, "normal", "delivery", "indirect"), strict=False, note="quotes the brand's post without tagging it")

    # Other languages and odd inputs
    SC("sw-fr-colis-ecrase", "non-english",
       tw("claire_dubois", f"@{B} bonjour, mon colis est arrivé complètement écrasé et le vase à l'intérieur est cassé. Comment faire une réclamation ?", lang="fr", when="2026-12-11T09:03:27Z"),
       expect(RP, "normal", "damaged", "direct"))
    SC("sw-de-schliessfach-abholcode", "non-english",
       tw("lukas_weber", f"@{B} Mein Paket liegt seit drei Tagen im Schließfach am Bahnhof, aber der Abholcode funktioniert nicht. Was kann ich tun?", lang="de", when="2026-12-11T09:31:10Z"),
       expect(RP, "normal", "lockers", "direct"))
    SC("sw-it-fermo-in-dogana", "non-english",
       tw("giorgio_f", f"@{B} buongiorno, il mio pacco è fermo in dogana da una settimana. Devo pagare io i dazi? Grazie", lang="it", when="2026-12-11T10:12:48Z"),
       expect(RP, "normal", "customs", "direct"))
    SC("sw-html-script-on-tracking-page", "html-entities",
       tw("dev_martha", f"@{B} your tracking page is showing &lt;script&gt;alert(1)&lt;/script&gt; where the delivery date should be &amp; now I'm scared to click anything. when is my parcel actually coming?", when="2026-12-11T11:27:36Z"),
       expect(RP, "normal", "delivery", "direct"))
    return brand


BRANDS["swiftlark-parcels"] = ("SwiftlarkHelp", 4045678904, build_swiftlark_parcels)
