# Kestrel Hotels: a made-up mid-price hotel chain (see kestrel-hotels.plan.toml):
# bookings and cancellations, rooms and cleanliness, noise, check-in, restaurants and
# breakfast, parking, lost property, the Windhover Club loyalty scheme and the app.
# "Kestrel" is also a bird of prey (birdwatchers, falconry, the film "Kes"), a strong
# lager, a brand of road bikes and a pub called The Kestrel; none of them is the chain.
# Exec'd inside make_data.py's namespace: Brand, Clock, user, tw, expect, SC,
# RP, RV, MON, IGN, ANY and SCEN_DIR come from there.
#
# Every post, person, place, handle, booking reference, loyalty number and address
# below is made up. Phone numbers are from the UK drama ranges (07700 900xxx,
# 0808 157 0xxx); the card number is a Luhn-valid test number that belongs to no one.
#
# The expectations were written blind, from the scenario README's conventions and
# PRODUCT.md, without reading or running the engine.


def build_kestrel_hotels():
    global CURRENT_BRAND, CLOCK
    brand = Brand("kestrel-hotels", SCEN_DIR / "kestrel-hotels.plan.toml", "KestrelStays", 4112345611, 1861220000000001501)
    CURRENT_BRAND, CLOCK = brand, Clock("2026-12-22T10:40:00Z")
    B = "KestrelStays"
    user(B, "Kestrel Hotels", 4112345611,
         "Kestrel Hotels guest care, 7am–11pm every day. Staying with us and need something now? Ring reception. "
         "We'll never ask for your card number here.",
         52_300, following=1100, tweets=71_000, listed=240, verified=True)

    # Guests, friends, bystanders, spammers, the press and namesakes (all made up).
    user("rach_whitby_", "Rachel Whitby", 5012038471, "Mum of two. Harrogate. Running on tea.", 310)
    user("joe_cairns_ncl", "Joe Cairns", 5013947206, "Sales rep. Lives in hotels. Hates stag dos.", 480)
    user("sam_t1d_runs", "Sam Okafor", 5014820361, "Type 1 since I was 9. Marathons, slowly.", 1250)
    user("leah_roofbox", "Leah Brannigan", 5015602938, "Camping, kids, a car full of crumbs.", 270)
    user("tom_fairbairn", "Tom Fairbairn", 5016283740, "Best man x1. Usher x4. Suit always creased.", 190)
    user("nadia_osei_", "Nadia Osei", 5017394026, "Project manager. Spreadsheets are my love language.", 640)
    user("gemma_lowther", "Gemma Lowther", 5018027364, "Primary teacher. Glitter in places glitter shouldn't be.", 220)
    user("punsworth", "Dave Punsworth", 5019163820, "Puns. Mostly bad. Occasionally good.", 1400)
    user("bristol_bev", "Bev Marchant", 5010274958, "Auditor. On the road 3 nights a week.", 350)
    user("ellie_on_tour", "Ellie Rourke", 5011385067, "Gig-goer, ticket hoarder.", 880)
    user("harri_thomas_", "Harri Thomas", 5012496176, "Dad, coach, chef of fish fingers.", 160)
    user("ana_garcia_mad", "Ana García", 5013507285, "Madrileña en Leeds 💃", 420)
    user("lucia_perez_", "Lucía Pérez", 5014618394, "Enfermera. Viajo cuando puedo.", 390)
    user("kit_marlowe", "Kit Marlowe", 5015729403, "Home in Glasgow. Heart everywhere else.", 330)
    user("dunc_mcleish", "Duncan McLeish", 5016830512, "Engineer. Fixes things. Loses chargers.", 210)
    user("jo_wheels_", "Jo Pritchard", 5017941621, "Wheelchair user since the crash. Learning to travel again.", 760)
    user("mags_delaney", "Margaret Delaney", 5018052730, "Carer for my dad. Cardiff.", 140)
    user("priya_nair_vg", "Priya Nair", 5019163849, "Vegan since 2015. Will travel for tofu.", 510)
    user("carol_denby", "Carol Denby", 5010274950, "Retired. Whitby. Married 40 years this spring.", 95)
    user("dana_whitlow", "Dana Whitlow", 5011385069, "", 60)
    user("ollie_brack", "Oliver Brack", 5012496178, "Junior accountant. Not good with money, ironically.", 240)
    user("meike_vogt", "Meike Vogt", 5013507287, "Ingenieurin aus Köln, oft in London.", 180)
    user("harpreet_k", "Harpreet Kaur", 5014618396, "Mum, nurse, night owl.", 300)
    user("mark_tasker", "Mark Tasker", 5015729405, "Conferences and airport hotels.", 420)
    user("solo_sofia", "Sofia Lindqvist", 5016830514, "Solo traveller. Coffee first.", 1100)
    user("cecile_marchal", "Cécile Marchal", 5017941623, "Maman de deux, Lille → Birmingham.", 260)
    user("ben_ashworth", "Ben Ashworth", 5018052732, "Dad of a nut-allergic superstar.", 370)
    user("fiona_ryde", "Fiona Ryde", 5019163841, "My mum's daughter, PA and driver.", 200)
    user("lee_harker", "Lee Harker", 5010274952, "", 35)
    user("dazzer_cdf", "Daz", 5011385061, "Say it to my face.", 70)
    user("ian_pickering", "Ian Pickering", 5012496170, "Retired solicitor's clerk. I keep every receipt.", 150)
    user("nat_bellamy", "Natalie Bellamy", 5013507289, "Small business owner. Check your statements!", 690)
    user("gaz_swansea", "Gareth Pugh", 5014618398, "", 85)
    user("kyle_fenwick", "Kyle Fenwick", 5015729407, "Sales. Always late. Always.", 230)
    user("travelwithtash", "Tash Adeyemi ✈️", 5016830516, "Travel creator 🌍 Honest hotel reviews, no freebies. Business: tash@tashtravels.example",
         780_000, following=900, listed=3300, verified=True)
    user("beakish_ben", "Ben Tulloch", 5017941625, "Comedy. Bird facts. Mostly bird facts.", 2600)
    user("holly_ventress", "Holly Ventress", 5018052734, "Marketing. Miles and points obsessive.", 1700)
    user("stef_ruggiero", "Stefano Ruggiero", 5019163843, "Architetto, Milano ↔ Edinburgh.", 240)
    user("bram_dekker", "Bram Dekker", 5010274954, "Fietser. Schotland-fan.", 160)
    user("rita_almeida_", "Rita Almeida", 5011385063, "Lisboeta em Manchester.", 210)
    user("jules_pennock", "Jules Pennock", 5012496172, "Front-end dev. I read page sources for fun.", 2900)
    user("kev_dunmore", "Kev Dunmore", 5013507281, "", 120)
    user("sharon_ibbotson", "Sharon Ibbotson", 5014618390, "Forty years married. Still laughing.", 330)
    user("wendy_quarmby", "Wendy Quarmby", 5015729409, "Notices things.", 410)
    user("hotelgrowthpro", "HotelGrowth PRO 📈", 5016830518, "Reviews, followers, bookings. Guaranteed. DM for prices 💯", 6800, following=5000)
    user("kh_giveaways", "Kestrel Giveaways 🎁", 5017941627, "Daily hotel giveaways 🎉 follow + RT to win", 2400, following=4900)
    user("KestrelCareDesk", "Kestrel Hotels Care ✅", 5018052736, "Official guest refunds team 24/7 ✅ DM for fast compensation", 110, following=3800)
    user("HospitalityWire", "Hospitality Wire", 5019163845, "News for the hotel and hospitality trade.", 64_000, following=1200, listed=820, verified=True)
    user("BrumEveningPost", "Brum Evening Post", 5010274956, "Birmingham news, every evening since 1889.", 118_000, following=1500, listed=1100, verified=True)
    user("craig_on_couch", "Craig Sowerby", 5011385065, "Telly, takeaways, tinnies.", 140)
    user("velo_vikram", "Vikram Rao", 5012496174, "Road cycling. Carbon addict. Strava or it didn't happen.", 2100)
    user("quizmaster_gill", "Gill Hargreaves", 5013507283, "Pub quiz captain. Undefeated (mostly).", 540)
    user("pennine_birder", "Alan Crowther", 5014618392, "Birding the Pennines since 1974. Patch list: 142.", 1900)
    user("film_fiona", "Fiona Blackledge", 5015729401, "Old films, new tissues.", 760)
    user("lobby_lurker", "Imogen Hart", 5016830510, "Notices smells. Notices everything.", 450)
    user("shaz_retweets", "Shaz", 5017941629, "RT ≠ endorsement. Usually.", 380)
    user("marcus_rtz", "Marcus Reid", 5018052738, "", 90)
    user("rosie_tavener", "Rosie Tavener", 5019163847, "Mum, baker, Bath girl.", 280)

    # ---- Bedbugs: the guest, the brand, and the guest five days later
    rach = tw("rach_whitby_", f"@{B} woke up at Kestrel Harrogate covered in bites. Pulled back the mattress cover and there are bedbugs in the seams. My 6yo is covered too. We left at 6am and I want to know what you're doing about it")
    SC("kh-bedbugs-harrogate", "complaint-direct", rach,
       expect(RP, "high", "rooms", "direct"), strict=False,
       note="a strong complaint and a hygiene problem the hotel must act on today: high; some would call bites on a child a health risk (urgent)")
    rach_brand = tw(B, "@rach_whitby_ I'm so sorry, Rachel. That room and the rooms either side are closed while the bedbug team treats them, and Ian, the hotel manager, will ring you before 12 today about your stay and your things.", reply_to=rach)
    SC("kh-brand-reply-bedbugs", "brand-own-post", rach_brand, expect(IGN, "low", "rooms", "none"))
    SC("kh-bedbugs-five-days-later", "repeat-contact",
       tw("rach_whitby_", f"@{B} it's been 5 days. Ian never rang, nobody has emailed, and we've had to bin a suitcase and two kids' coats because of your bedbugs. still waiting",
          reply_to=rach_brand, when="2026-12-27T09:14:00Z"),
       expect(RP, "high", "rooms", "direct"), note="back after the brand answered, nothing done")

    # ---- Noise at night: the guest, the brand, the guest again
    joe = tw("joe_cairns_ncl", f"@{B} room 412 at Kestrel Newcastle. stag do next door screaming since midnight, reception said they'd 'have a word' an hour ago. nothing. I've got a 7am flight",
             when="2026-12-23T00:58:00Z")
    SC("kh-stag-do-next-door", "complaint-direct", joe, expect(RP, "normal", "noise", "direct"))
    joe_brand = tw(B, "@joe_cairns_ncl That's not on, Joe. I've rung the duty manager in Newcastle and he's going up now; if it doesn't stop we'll move you to a quiet room. Let me know here how it goes?",
                   reply_to=joe, when="2026-12-23T01:06:00Z")
    SC("kh-brand-reply-noise", "brand-own-post", joe_brand, expect(IGN, "low", "noise", "none"))
    SC("kh-noise-still-going", "thread-with-brand",
       tw("joe_cairns_ncl", "manager came up, they turned the music down for 10 mins and now it's louder than before. 1:40am. beyond a joke", reply_to=joe_brand,
          when="2026-12-23T01:41:00Z"),
       expect(RP, "high", "noise", "direct"), note="replies to the brand without @; the problem is still there after the brand's answer")

    # ---- Insulin fridge: a calm medical question, the brand, the follow-up
    sam = tw("sam_t1d_runs", f"@{B} hi! I'm type 1 diabetic and staying at Kestrel Exeter after Christmas. Is there a fridge in the rooms I can keep my insulin in? 😊")
    SC("kh-insulin-fridge-question", "medical-urgent", sam, expect(RP, "urgent", "health_access", "direct"),
       note="a calm, friendly question, but a medical need")
    sam_brand = tw(B, "@sam_t1d_runs Hi Sam! Our minibars don't stay cold enough for insulin, so we'll put a medical fridge in your room before you arrive. Which dates are you with us?", reply_to=sam)
    SC("kh-insulin-follow-up", "thread-with-brand",
       tw("sam_t1d_runs", "28th, 2 nights 🙏 will it definitely hold its temperature? the last hotel's fridge froze my insulin pens and I had to get new ones from A&amp;E", reply_to=sam_brand),
       expect(RP, "urgent", "health_access", "direct"), note="a question in a thread with the brand, without @; still a medical need")

    # ---- Parking: a question, the brand's answer, a question back
    leah = tw("leah_roofbox", f"@{B} is there parking at Kestrel Glasgow Quay, and is there a height barrier on the car park? we'll have a roof box on")
    SC("kh-parking-height-question", "question", leah, expect(RP, "normal", "parking", "direct"))
    leah_brand = tw(B, "@leah_roofbox Hi Leah, yes: 40 spaces under the hotel at £12 a night. The barrier is 2.1m so a roof box might be tight; the overflow car park on Quay Street has no height limit.", reply_to=leah)
    SC("kh-parking-overflow-permit", "question-in-reply-to-brand",
       tw("leah_roofbox", "ah brilliant thank you. can we pay for the overflow car park when we arrive or do we need a permit?", reply_to=leah_brand),
       expect(RP, "normal", "parking", "direct"), note="a follow-up question to the brand's answer, without @")

    # ---- Other complaints, direct, indirect, sarcastic, in passing
    SC("kh-checkin-queue-wedding", "complaint-direct",
       tw("tom_fairbairn", f"@{B} 55 mins in the check-in queue at Kestrel Leeds Central, ONE person on reception, and our room 'isn't ready' at 4pm. we have a wedding at 5"),
       expect(RP, "normal", "checkin", "direct"))
    SC("kh-website-503-at-payment", "complaint-direct",
       tw("nadia_osei_", f"@{B} is your website down?? been trying to book for 40 mins, it dies at the payment page with error 503 every single time"),
       expect(RP, "high", "bookings", "direct"), note="the booking site down: an outage")
    SC("kh-accessible-room-not", "complaint-direct",
       tw("fiona_ryde", f"@{B} booked an accessible room at Kestrel York for my mum, who's a wheelchair user. No grab rail by the toilet, the shower seat is snapped and there's a step into the shower. She can't wash. We're here 3 nights"),
       expect(RP, "high", "health_access", "direct"), strict=False,
       note="an access need that fails right now: high; some would say urgent (a fall risk), none would say normal")
    gemma = tw("gemma_lowther", "hair in the shower, a stain on the sheets the size of Wales and someone else's cotton bud under the bed. £149 a night. #Kestrel #neveragain")
    SC("kh-hashtag-dirty-room", "complaint-indirect", gemma, expect(RP, "normal", "rooms", "indirect"),
       note="the brand only as a hashtag, about her own stay",
       known_miss="a complaint by hashtag made of room details and a price, with no complaint words ('#neveragain' is not read)")
    SC("kh-bystander-hover-pun", "joke-bystander",
       tw("punsworth", "@gemma_lowther #Kestrel? named after a bird that hovers in one spot for ages. much like that cotton bud apparently 🦅", reply_to=gemma),
       expect(IGN, "low", None, "third_party"), note="a pun by a stranger in a customer's thread; the brand is not tagged")
    bev = tw("bristol_bev", "Stayed at the Kestrel in Bristol for work. £16 for breakfast: cold beans, no coffee left at 8:15, and a 20 minute wait for toast. Never again")
    SC("kh-bare-alias-breakfast", "complaint-indirect", bev, expect(RP, "normal", "food", "indirect"),
       note="'the Kestrel' could be the pub; 'stayed' and 'for work' make it the hotel")
    SC("kh-fake-support-reply", "spam",
       tw("KestrelCareDesk", "@bristol_bev Hi Bev, Kestrel Hotels guest care here 👋 so sorry about your stay! Claim your refund in 2 minutes here: {url:https://kestrel-refund-claims.example/start}", reply_to=bev),
       expect(IGN, "low", ANY, "third_party"), strict=False,
       note="an impersonator fishing for card details in a customer's thread: not a case to answer, though the brand may want to warn the customer")
    SC("kh-sarcasm-thin-walls", "sarcasm-customer",
       tw("ellie_on_tour", f"shoutout to @{B} for walls so thin I now know my neighbour's entire Spotify Wrapped. didn't need sleep anyway 🙃"),
       expect(RP, "normal", "noise", "indirect"))
    SC("kh-sarcasm-barrier-business-model", "sarcasm-customer",
       tw("harri_thomas_", "£22 a night to park at Kestrel Hotels Leeds and the barrier's been stuck open since Sunday so half of Leeds parks there for free. incredible business model"),
       expect(RP, "normal", "parking", "indirect"), note="sarcasm without an obvious cue word",
       known_miss="'Kestrel Hotels Leeds': the full name with a branch's town after it is read as another entity")
    SC("kh-in-passing-prepaid-cancelled", "complaint-in-passing",
       tw("ollie_brack", f"Christmas work trip summary: train 2hrs late, dropped my phone in a puddle, and @{B} cancelled my prepaid booking because I arrived after 10pm. slept on a mate's sofa. merry christmas to me"),
       expect(RP, "normal", "bookings", "indirect"))

    # ---- Venting and reassurance between friends: monitor, don't butt in
    kit = tw("kit_marlowe", "how was york?? did you get up the minster 😍")
    SC("kh-venting-lift-party", "third-party-venting",
       tw("ellie_on_tour", "@kit_marlowe york was gorgeous, the hotel not so much. Kestrel put us right next to the lift and some party was going till 2am. zero sleep", reply_to=kit),
       expect(MON, "low", "noise", "third_party"), note="venting to a friend, brand not tagged")
    ana = tw("ana_garcia_mad", "¿Qué tal Londres? Quiero fotos de todo 😊", lang="es")
    SC("kh-es-venting-desayuno", "third-party-venting",
       tw("lucia_perez_", "@ana_garcia_mad Londres precioso, pero el hotel Kestrel un desastre 😤 el desayuno frío, sin café y nadie en el restaurante para atender. No vuelvo", reply_to=ana, lang="es"),
       expect(MON, "low", "food", "third_party"), note="Spanish: 'desayuno', 'restaurante'")
    dunc = tw("dunc_mcleish", "anyone know how you get stuff back from a hotel? left my laptop charger in the room in Glasgow on Monday and the central number just plays music")
    SC("kh-stranger-lost-property-advice", "third-party-chatter",
       tw("kit_marlowe", "@dunc_mcleish ring the Kestrel in Glasgow itself, not the central line. each hotel keeps its own lost property for 3 months, got my kindle back that way", reply_to=dunc),
       expect(MON, "low", "lost_property", "third_party"), note="a stranger's advice in someone else's thread")
    jo = tw("jo_wheels_", "first trip with the wheelchair since the op. staying at Kestrel Cardiff in January, has anyone been? bit nervous 😬")
    SC("kh-reassurance-accessible-cardiff", "third-party-chatter",
       tw("mags_delaney", "@jo_wheels_ my dad stayed at the Kestrel Cardiff in October, the accessible room had grab rails everywhere and a roll-in shower. staff were lovely. you'll be grand 💛", reply_to=jo),
       expect(MON, "low", "health_access", "third_party"), note="reassurance from a stranger in someone else's thread")

    # ---- Questions
    SC("kh-vegan-christmas-dinner", "question",
       tw("priya_nair_vg", f"@{B} do your restaurants do a proper vegan Christmas dinner or is it the sad mushroom risotto again? asking for 6 of us at Kestrel Bath"),
       expect(RP, "normal", "food", "direct"))

    # ---- Private details in public
    SC("kh-booking-ref-and-email", "private-details",
       tw("dana_whitlow", f"@{B} booking ref KH-7Q3M9P. I cancelled inside the free window and you've still taken £212. the email on the booking is dana.whitlow@mailbox.example, please sort it"),
       expect(RV, "normal", "bookings", "direct"))
    SC("kh-card-number-deposit", "private-details",
       tw("kyle_fenwick", f"@{B} the deposit for my booking went on the wrong card!! should have been 4000 0566 5566 5556 not the work one. can you move it before my manager sees"),
       expect(RV, "normal", "bookings", "direct"))
    SC("kh-de-windhover-number-phone", "private-details",
       tw("meike_vogt", f"@{B} Meine Windhover-Nummer ist WH 5520 1187 34, die Punkte von meinem Aufenthalt in London fehlen immer noch. Rufen Sie mich bitte an: +44 7700 900418", lang="de"),
       expect(RV, "normal", "loyalty_app", "direct"), note="German: 'Punkte'; a loyalty number and a phone number in public")
    SC("kh-ring-address-dob", "private-details",
       tw("carol_denby", f"@{B} I left my wedding ring in room 208 at Kestrel Chester on Sunday. Please post it to 27 Aldgate Lane, Whitby YO21 3PZ. Carol Denby, DOB 03/05/1961 if you need to check it's me"),
       expect(RV, "normal", "lost_property", "direct"), note="a home address and a date of birth in public")
    SC("kh-reservations-line-on-hold", "public-hotline-number",
       tw("kev_dunmore", f"@{B} on hold to 0808 157 0614 for 50 mins trying to cancel a booking for tonight. is anyone actually answering that line?"),
       expect(RP, "normal", "bookings", "direct"), strict=False,
       note="the number is the brand's own reservations line, not the customer's")

    # ---- Safety, health and threats
    SC("kh-fire-escape-chained", "safety-urgent",
       tw("mark_tasker", f"@{B} the fire escape on the 3rd floor at Kestrel Birmingham Snow Hill is chained shut with laundry cages piled against it. there are families on this floor. who do I tell?"),
       expect(RP, "urgent", "safety", "direct"))
    sofia = tw("solo_sofia", "2am at the Kestrel by the airport and a stranger has been trying my door handle for 10 minutes. I'm a woman on my own and I'm scared. front desk isn't picking up",
               when="2026-12-23T02:07:00Z")
    SC("kh-stranger-at-door-2am", "safety-urgent", sofia, expect(RP, "urgent", "safety", "indirect"),
       note="the brand is named, not tagged")
    SC("kh-fr-alarme-incendie", "safety-urgent",
       tw("cecile_marchal", f"@{B} au Kestrel Birmingham, notre alarme incendie du couloir bipe « défaut » depuis hier soir et la réception dit que c'est normal. Normal ?? On a deux enfants.", lang="fr"),
       expect(RP, "urgent", "safety", "direct"), note="French: 'alarme', 'incendie'; a fire alarm showing a fault")
    SC("kh-nut-allergy-dessert", "medical-urgent",
       tw("ben_ashworth", f"@{B} my daughter has a severe nut allergy. we told your restaurant at Kestrel Oxford TWICE and her dessert came with praline on it. she's had her epipen and we're in an ambulance. how does this happen"),
       expect(RP, "urgent", "health_access", "direct"))
    SC("kh-threat-receptionist-shift", "threat-urgent",
       tw("lee_harker", f"@{B} that receptionist at Kestrel Leeds who charged me a £150 'smoking fee', I know what time her shift ends. she'll get what's coming to her"),
       expect(ANY, "urgent", ANY, "direct"), note="a threat against a member of staff")
    SC("kh-threat-night-manager", "threat-urgent",
       tw("dazzer_cdf", "if the night manager at Kestrel Cardiff tries to throw me out again I'm bringing my brothers and he won't be walking out of there. swear down"),
       expect(ANY, "urgent", ANY, "indirect"))

    # ---- Legal threats and abuse
    SC("kh-small-claims-refund", "legal-threat-not-urgent",
       tw("ian_pickering", f"@{B} 6 weeks waiting for the £340 refund on the Bath booking YOU cancelled. A letter before action goes out on Friday, then it's the small claims court."),
       expect(RP, "high", "bookings", "direct"))
    SC("kh-chargeback-trading-standards", "legal-threat-not-urgent",
       tw("nat_bellamy", "Kestrel Hotels took payment twice for one night and have ignored 4 emails. Chargeback done with my bank and I've reported them to Trading Standards. Check your statements if you've stayed with them"),
       expect(RP, "high", "bookings", "indirect"))
    SC("kh-abusive-no-hot-water", "abuse-with-problem",
       tw("gaz_swansea", f"@{B} no hot water in the whole of Kestrel Swansea for 3 hours and your staff just shrug. shambles of a company, thick as mince the lot of you. SORT IT"),
       expect(RP, "high", "rooms", "direct"))
    SC("kh-abusive-app-down", "abuse-with-problem",
       tw("holly_ventress", f"@{B} your app has been down ALL morning, can't see my points or my digital key. you absolute clowns, I'm stood in a corridor with my bags like a lemon"),
       expect(RP, "high", "loyalty_app", "direct"), note="rude, and the app is down")
    SC("kh-points-third-time", "repeat-contact",
       tw("wendy_quarmby", f"@{B} third time asking. my Windhover points from 3 stays in October still aren't on my account. you said 5 working days. it's been 5 weeks"),
       expect(RP, "high", "loyalty_app", "direct"), note="coming back a third time")

    # ---- An influencer, and a joker in her replies
    tash = tw("travelwithtash", f"Checked into @{B} Manchester for a work trip: mould on the bathroom ceiling, a stain on the duvet, and the 'deep cleaned for you' card on the pillow is a lie. £189. do better")
    SC("kh-influencer-mould", "big-reach", tash, expect(RP, "high", "rooms", "indirect"), note="780k followers")
    SC("kh-bystander-prey-joke", "joke-bystander",
       tw("beakish_ben", "@travelwithtash Kestrel: a bird of prey. and you, my friend, were the prey 😂🦅", reply_to=tash),
       expect(IGN, "low", None, "third_party"),
       known_miss="the laugh and 'a bird of prey' pun are in someone else's thread but the post names the brand's business ('prey' aside): read as monitor")

    # ---- Praise
    SC("kh-praise-teddy-posted-home", "praise",
       tw("rosie_tavener", f"@{B} shout out to Priya at Kestrel York who found the teddy my daughter left behind and posted him home with a little note from 'the hotel bears'. I actually cried 😭💛"),
       expect(RP, "low", "lost_property", "direct"))
    SC("kh-praise-anniversary-suite", "praise",
       tw("sharon_ibbotson", "Kestrel Hotels upgraded us to a suite for our 40th anniversary without us even asking. bubbly on ice and a card signed by the whole team. made our year 🥂"),
       expect(RP, "low", None, "indirect"))

    # ---- Spam, namesakes, the name as a word
    SC("kh-follower-selling", "spam",
       tw("hotelgrowthpro", f"@{B} 🏨📈 Grow your hotel's socials! 25k REAL followers + 100 five-star reviews from £19. Results in 24h 👉 {{url:https://hotelgrowth-pro.example/order}}"),
       expect(IGN, "low", None, "direct"))
    SC("kh-fake-giveaway", "spam",
       tw("kh_giveaways", "🎄🎁 KESTREL HOTELS CHRISTMAS GIVEAWAY 🎁🎄 Win a FREE 3-night stay for 2! Like, RT &amp; follow, then claim your voucher at {url:https://kestrel-xmas-win.example/claim} before midnight"),
       expect(IGN, "low", None, "indirect"))
    SC("kh-namesake-lager", "namesake",
       tw("craig_on_couch", "4 cans of Kestrel Super and the Christmas telly. living the dream lads 🍺"),
       expect(IGN, "low", None, "none"), note="Kestrel lager")
    SC("kh-namesake-road-bike", "namesake",
       tw("velo_vikram", "New Kestrel finally arrived 😍 carbon frame, 8.1kg, Di2. test ride tomorrow if the ice clears #cycling"),
       expect(IGN, "low", None, "none"), note="Kestrel bikes",
       known_miss="a bicycle of the same name ('New Kestrel … carbon frame'): no cue that it is a bike")
    SC("kh-namesake-pub-quiz", "namesake",
       tw("quizmaster_gill", "Quiz night at The Kestrel on Marsh Lane was carnage. Beaten on the tiebreaker by a team called Quiz Team Aguilera. Rematch in January 🍻"),
       expect(IGN, "low", None, "none"), note="a pub called The Kestrel")
    SC("kh-common-word-birder", "common-word",
       tw("pennine_birder", "Kestrel hovering over the M62 verge for a solid five minutes this morning, then dropped like a stone. Never gets old 🦅 #birding"),
       expect(IGN, "low", None, "none"), note="the bird")
    SC("kh-common-word-kes", "common-word",
       tw("film_fiona", "Rewatched Kes last night. Billy training that kestrel in the field is still the best thing ever put on film. not crying, you're crying"),
       expect(IGN, "low", None, "none"), note="the film, and the bird in it")

    # ---- News, chatter, the brand's own posts, reposts, quotes
    SC("kh-news-closures", "news-monitor",
       tw("HospitalityWire", "Kestrel Hotels to close six sites and cut 400 jobs in the new year, its owner confirmed on Monday {url:https://hospitalitywire.example/2026/12/kestrel-hotels-closures}"),
       expect(MON, "low", None, "indirect"))
    SC("kh-news-fire-exits-fine", "news-monitor",
       tw("BrumEveningPost", "Kestrel Hotels fined £80,000 after inspectors found blocked fire exits at its Snow Hill hotel, court hears {url:https://brumeveningpost.example/news/kestrel-hotels-fine}"),
       expect(MON, "low", "safety", "indirect"), note="news with safety words in it: no case, not urgent")
    SC("kh-chatter-lobby-smell", "chatter-monitor",
       tw("lobby_lurker", "is it just me or does every Kestrel Hotels lobby smell exactly the same? like expensive candles and new carpet"),
       expect(MON, "low", None, "indirect"), note="talk about the brand with nothing to answer")
    xmas = tw(B, "Christmas Day at Kestrel 🎄 all our restaurants serve a three-course lunch from 12 till 4. Tables go fast, so grab yours in the app or ask at reception.")
    SC("kh-brand-christmas-lunch", "brand-own-post", xmas, expect(IGN, "low", "food", "none"))
    SC("kh-repost-christmas-lunch", "repost", tw("shaz_retweets", "", retweet=xmas),
       expect(IGN, "low", "food", "indirect"))
    SC("kh-quote-christmas-lunch", "quote",
       tw("rosie_tavener", "three courses and a 40 minute wait for the gravy, if last year's Christmas lunch at Kestrel Bath is anything to go by 🙃", quote=xmas),
       expect(RP, "normal", "food", "indirect"), strict=False,
       note="a customer quotes the brand's post without tagging it, sarcastic about her own last visit")
    SC("kh-repost-stranger-at-door", "repost",
       tw("marcus_rtz", "", retweet=sofia, when="2026-12-23T08:15:00Z"),
       expect(IGN, "low", "safety", "indirect"), note="a repost of a safety report opens no case; the original is the case")

    # ---- Other languages, odd input
    SC("kh-fr-bruit-travaux", "non-english",
       tw("cecile_marchal", f"@{B} Chambre 305 au Kestrel London Bridge : bruit de travaux dès 7h du matin, personne ne nous a prévenus. Est-ce qu'on peut changer de chambre ?", lang="fr"),
       expect(RP, "normal", "noise", "direct"), note="French: 'bruit', 'travaux'")
    SC("kh-it-colazione", "non-english",
       tw("stef_ruggiero", f"@{B} colazione inclusa, ma alle 9 al Kestrel Edinburgh non c'era più niente, nemmeno il caffè. Per quello che costa, pessimo.", lang="it"),
       expect(RP, "normal", "food", "direct"), note="Italian: 'colazione'")
    SC("kh-nl-parkeren", "non-english",
       tw("bram_dekker", f"@{B} Kan ik parkeren bij Kestrel Edinburgh Haymarket? En wat kost dat per nacht?", lang="nl"),
       expect(RP, "normal", "parking", "direct"), note="Dutch: 'parkeren'; a question")
    SC("kh-pt-reembolso", "non-english",
       tw("rita_almeida_", f"@{B} cancelei a reserva no Kestrel Manchester há 3 semanas e ainda não recebi o reembolso. Quando é que o dinheiro volta?", lang="pt"),
       expect(RP, "normal", "bookings", "direct"), note="Portuguese: 'reserva', 'reembolso'")
    SC("kh-html-booking-page", "html-entities",
       tw("jules_pennock", f"@{B} the booking page shows &lt;/div&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; a blank box where the total should be. is my reservation made or not??"),
       expect(RP, "normal", "bookings", "direct"))
    return brand


BRANDS["kestrel-hotels"] = ("KestrelStays", 4112345611, build_kestrel_hotels)
