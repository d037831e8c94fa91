# Perch (Perch Pets Ltd, @PerchPets) is a made-up pet-care app in the made-up city of Lydstow:
# owners book self-employed walkers and sitters for solo and group dog walks, drop-in home visits
# for cats, house sits, overnight boarding at a sitter's home and doggy day care; they pay in the
# app, hand over keys or store a key safe code that only the booked sitter sees, follow walks on a
# live GPS map and get photo updates. Perch Cover pays vet bills and damage to homes, a 24/7 vet
# helpline (0808 157 0611) answers owners and sitters, the care line is 0808 157 0240, and a trust
# and safety team looks after walkers, sitters and owners.
# "Perch" is also an ordinary word and a name: the fish every angler on the Cut (Lydstow's canal)
# talks about, a bird's (or budgie's, or cat's) perch, "knocked off their perch", "fell off his
# perch"; The Perch is a riverside pub at Lydstow Lock, Perch a rooftop bar on the Corn Exchange,
# Perch a café on Mill Street, the Perch bistro set a garden-furniture range from Hollin & Co, and
# Perch a surname (Dr Nia Perch the retiring vet, Tom Perch of Lydstow Town). None is the app.
#
# The week (Monday 16 to Sunday 22 October 2028): a wet Monday of walkers not turning up; a dog on
# a six-dog group walk bites a boy in Wickham Park; on Tuesday a walker and a client's dog are
# attacked by an off-lead dog on Lydstow Common, a diabetic cat misses her insulin when a home
# visit silently drops out of the rota, and a family comes home to a house left unlocked for three
# nights; on Wednesday an app update charges people twice, and Biscuit, a deaf old terrier,
# slips her harness by the Brackley ring road and is missing overnight (found on Thursday);
# threats against the walker follow; key safe codes get posted in public; the local paper
# reports the bite and a court case from the spring; walkers complain about late payouts;
# praise for sitters; and all week, and at Saturday's match on the Cut, anglers post about perch.
#
# Pets and the conventions (my own reading, since the README speaks of people): an animal in
# Perch's care whose life is at risk right now (lost on a walk near traffic, a missed insulin dose,
# a seizure in boarding, dogs overheating in a van) counts as a medical need or a safety risk,
# so urgent, like a person's; so does a calm question about a pet's medical need (insulin
# injections). A person hurt or threatened is urgent whoever reports it. Incidents that are over
# (the dog found, the insulin given, a bite in the spring) are not urgent, and a risk to property
# only (a door left unlocked, a key safe code in public) is not urgent either: the code is a
# private detail, like a PIN, so that post goes private.
#
# Written blind, from PRODUCT.md and the scenario README's conventions only.


def build_perch_pets():
    global CURRENT_BRAND, CLOCK
    brand = Brand("perch-pets", SCEN_DIR / "perch-pets.plan.toml", "PerchPets", 8078901245, 1861220000000008501)
    CURRENT_BRAND, CLOCK = brand, Clock("2028-10-16T05:30:00Z")
    B = "PerchPets"
    user(B, "Perch 🐾", 8078901245,
         "Dog walks, pet sitting, home visits and boarding in Lydstow. We're here 7am–10pm; the vet helpline is 24/7 in the app.",
         38_400, following=1_150, tweets=21_800, listed=160, verified=True)

    count = [0]

    def person(username, name, bio, followers, **kw):
        count[0] += 1
        return user(username, name, 13640100000 + count[0] * 4129, bio, followers, **kw)

    def at(when):
        CLOCK.t = max(CLOCK.t, parse_when(when))

    # ---------------------------------------------------------------- Monday 16 October
    rain = tw(B, "Morning Lydstow 🌧️ Heavy rain until lunchtime, so walkers will keep routes close to home "
                 "and towel everyone off before drop-back. Live map and photo updates as usual.")
    SC("perch-brand-rainy-morning-notice", "brand-own-post", rain, expect(IGN, "low", "app", "none"),
       note="the brand's own post: 'routes', 'live map', 'photo updates' make it app")

    gaz = person("reel_gaz_prc", "Gaz Tolley 🎣", "Canal angler. Lydstow Cut. Perch, roach, the odd pike.", 1_420)
    SC("perch-angler-dawn-perch", "common-word",
       tw(gaz, "Perch stacked up under the lock gates at first light. 14 on the drop shot before 7, best one "
               "1lb 10oz 🎣 #perch #canalfishing"),
       expect(IGN, "low", None, "none"), note="the fish, capitalised at the start and in a hashtag; numbers are weights and counts", known_miss="round 18, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Perch in a post to everyone | general chatter about the brand")

    hayley = person("hayley_m_prc", "Hayley Marsh", "Night-shift radiographer. Copper Hill. One daft spaniel.", 310)
    SC("perch-walker-no-show-before-shift", "complaint-direct",
       tw(hayley, f"@{B} walker was booked for 7.30 so I could get to my shift. It's gone 9, nobody has shown, "
                  "nobody answers in the chat, and now I'm late. What exactly am I paying for?"),
       expect(RP, "normal", "bookings", "direct"))

    kiwi = person("kiwi_mum_prc", "Bev Arkwright", "Budgies, crosswords, grandkids.", 95)
    SC("perch-budgie-new-perch", "common-word",
       tw(kiwi, "Kiwi has finally stopped sulking and gone back on his perch. Is it normal for budgies to "
                "take a week to forgive you for a new cage? 🐦"),
       expect(IGN, "low", None, "none"), note="a bird's perch, in a pet owner's post")

    lou = person("lou_bird_prc", "Lou Bird", "Copper Hill. Works too much. Owned by Monty.", 540)
    lou_post = tw(lou, "third morning this month the dog walker hasn't come. Seriously tempted to take Monty to work "
                       "and let him sit in on the budget meeting")
    rob = person("rob_quips_prc", "Rob Danvers", "Puns, mostly. Sorry in advance.", 2_300)
    SC("perch-bystander-bird-pun", "joke-bystander",
       tw(rob, "@lou_bird_prc is it Perch? Named after a bird that sits still all day, what did you expect 🐦",
          reply_to=lou_post),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun in someone else's thread")
    nat = person("nat_okeke_prc", "Natalie Okeke", "Copper Hill mum of two and a beagle.", 260)
    SC("perch-friend-vents-cancellations", "third-party-venting",
       tw(nat, "@lou_bird_prc same with Perch round us. Booked Tuesday and Thursday, walker cancelled both with an "
               "hour's notice. Paying for doggy day care now instead 🙄", reply_to=lou_post),
       expect(MON, "low", "bookings", "third_party"), note="lesson 2: a customer venting in a friend's thread, brand not tagged")
    dee = person("dee_lane_prc", "Dee Lane", "Walks, teas, Wickham Park regular.", 180)
    SC("perch-friend-tips-backup-walker", "third-party-chatter",
       tw(dee, "@lou_bird_prc you can turn on backup walkers in the Perch app now, it offers the walk to the next "
               "person if yours drops out. Saved me last week", reply_to=lou_post),
       expect(MON, "low", "app", "third_party"), note="advice between other people, not a question for the brand")

    SC("perch-spam-follower-seller", "spam",
       tw(person("growpaws_prc", "GrowPaws 📈", "Grow your pet business FAST 🚀 real followers, real results", 7_800,
                 following=4_900),
          f"@{B} 🔥 Grow your pet business! 5,000 real followers for £9.99, delivered in 24h 👉 {{url:https://growpaws.example/buy}}"),
       expect(IGN, "low", None, "direct"), note="follower selling")
    alfie_pre = person("alfie_o_prc", "Joe Obi", "Riverside. Alfie's dad.", 240)
    ivy = person("ivy_n_prc", "Ivy Nakamura", "Harrow Heath. Cat lady, proudly.", 170)
    SC("perch-drop-in-four-minutes", "complaint-indirect",
       tw(ivy, "Perch sitter was meant to do a drop-in for the cats at 6. Door camera shows her in and out in 4 minutes, "
               "litter tray untouched. £12 for that."),
       expect(RP, "normal", "bookings", "indirect"), note="a real customer who does not tag the brand; £12 and 4 minutes are not private", known_miss="round 18, not met yet: action: want \"respond_public\", got monitor; priority: want \"normal\", got low; the engine read: names Perch in a post to everyone | general chatter about the brand | topic bookings: 'drop-in', 'drop in'")
    joss = person("joss_b_prc", "Joss Bramwell", "Week from hell, ongoing.", 280)
    SC("perch-week-from-hell-in-passing", "complaint-in-passing",
       tw(joss, f"Week from hell: boiler died, kid's got chickenpox, and the @{B} walker didn't turn up on the one day I "
                "actually needed her. Send wine 🍷"),
       expect(RP, "normal", "bookings", "indirect"))
    gregg = person("gregg_fan_prc", "Priya Lal", "Riverside. Corgi owner. Sausage roll critic.", 610)
    SC("perch-sarcasm-greggs-live-map", "sarcasm-customer",
       tw(gregg, "Big thanks to Perch for the live map showing my walker's 'hour in the park' was 12 minutes in the Greggs "
                 "on Mill Street. Truly a premium service 🥐"),
       expect(RP, "normal", "app", "indirect"), note="sarcasm, no complaint word", known_miss="round 18, not met yet: priority: want \"normal\", got low; the engine read: names Perch in a post to everyone | praise: thank them | topic app: 'live map', 'map'")

    at("2028-10-16T13:40:00Z")
    sasha = person("sasha_w_prc", "Sasha Whitlock", "Mum to Alfie (6) and a cat who hates us.", 420)
    bite = tw(sasha, "A dog on a Perch walk just bit my 6 year old on the arm in Wickham Park. He's bleeding and "
                     "screaming, the walker had six dogs and couldn't hold them. On our way to A&amp;E. "
                     f"@{B} who is responsible for this??")
    SC("perch-child-bitten-wickham-park", "safety-urgent", bite, expect(RP, "urgent", "safety", "indirect"),
       note="a child hurt by a dog in the brand's care; the handle sits at the end of a post to everyone")
    mick = person("mick_s_prc", "Mick Sheeran", "Retired. Bench by the swings is mine.", 70)
    SC("perch-witness-boy-bitten-no-tag", "safety-urgent",
       tw(mick, "Just watched one of them Perch dog walkers in Wickham Park lose hold of about six dogs and one went "
                "for a little lad by the swings. His mum's with him, someone's rung for an ambulance. Not the first time"),
       expect(RP, "urgent", "safety", "indirect"), note="a witness, brand named without a tag: still a child hurt")

    nia = person("fallowvets_prc", "Fallowmead Vets", "Independent vets in Fallowmead since 1978.", 3_900)
    SC("perch-namesake-retiring-vet", "namesake",
       tw(nia, "Huge congratulations to Dr Nia Perch, retiring on Friday after 31 years at Fallowmead Vets. Half "
               "the dogs in Lydstow owe her a tail wag 💐"),
       expect(IGN, "low", ANY, "none"), note="a surname next to a vet: 'vet' is a welfare keyword, so the topic is free")

    # ---------------------------------------------------------------- Tuesday 17 October
    at("2028-10-17T06:10:00Z")
    kemi = person("kemi_walks_prc", "Kemi 🐾 dog walker", "Self-employed dog walker in Lydstow. Muddy by 8am.", 890)
    attack = tw(kemi, "On Lydstow Common with two of my Perch dogs and an off-lead Staffy came out of nowhere and attacked "
                      "us. I've been bitten on the hand and little Rolo has a gash on his leg. Shaking. "
                      f"@{B} rang the line, no answer")
    SC("perch-walker-attacked-off-lead-dog", "safety-urgent", attack, expect(RP, "urgent", "safety", "indirect"),
       note="the walker herself hurt, with a client's dog")
    attack_brand = tw(B, "@kemi_walks_prc Kemi, we're so sorry. Our safety team is ringing you right now. Please get that "
                         "hand seen at the hospital today and leave Rolo with us, we'll sort everything for him.",
                      reply_to=attack)
    SC("perch-brand-reply-to-walker", "brand-own-post", attack_brand, expect(IGN, "low", "safety", "none"))
    SC("perch-walker-update-from-ae", "thread-with-brand",
       tw(kemi, "Thank you. At A&amp;E now, they're cleaning it out and it might need stitches. Rolo's owner is taking "
                "him to the vet. The Staffy's owner just walked off, I've given the police his description",
          reply_to=attack_brand),
       expect(RP, "urgent", "safety", "direct"), note="a reply to the brand without @: direct; a person still being treated keeps it urgent", known_miss="round 18, not met yet: priority: want \"urgent\", got low; the engine read: replies to @PerchPets: the customer is talking to the brand | praise: thank them | topic safety: 'stitches', 'police'")

    pip = person("pip_hale_prc", "Pip Hale", "Copper Hill. Two cats, zero patience.", 150)
    SC("perch-key-safe-code-and-address", "private-details",
       tw(pip, f"@{B} my sitter can't get in for the cats' visit. The key safe is by the bins at 14 Alder Row, "
               "code 7310. Please tell her!!"),
       expect(RV, "normal", "keys", "direct"), note="a home address and the key safe code in public: private")

    at("2028-10-17T09:30:00Z")
    gemma = person("gemma_t_prc", "Gemma Tranter", "Freelance sound engineer. Away a lot. Pickle's mum.", 630)
    pickle = tw(gemma, f"@{B} the sitter was booked for 8am to give Pickle her insulin. It's nearly 12 and the camera shows "
                       "nobody has been. She's diabetic and I'm in Edinburgh till tomorrow. PLEASE send someone")
    SC("perch-diabetic-cat-missed-insulin", "medical-urgent", pickle, expect(RP, "urgent", "welfare", "direct"),
       note="a pet's medical need, happening now: urgent (see the note at the top)")
    pickle_brand = tw(B, "@gemma_t_prc Gemma, I'm so sorry. Dana's visit dropped out of the rota and I've sent Marcus, who is "
                         "15 minutes away and used to giving insulin. He'll message you the moment Pickle has had her dose.",
                      reply_to=pickle)
    SC("perch-brand-reply-insulin", "brand-own-post", pickle_brand, expect(IGN, "low", "welfare", "none"))
    SC("perch-insulin-still-nobody", "repeat-contact",
       tw(gemma, f"@{B} it's gone 1 and Marcus still isn't there. She's had no insulin since last night. Please.",
          reply_to=pickle_brand),
       expect(RP, "urgent", "welfare", "direct"), note="coming back to an answered case, with the medical need still unmet: urgent beats high")
    pickle_done = tw(gemma, "Marcus got there, Pickle's had her insulin and is eating like nothing happened. Thank you Marcus. "
                            "I still want to know how a diabetic cat's visit just vanishes from the rota though.",
                     reply_to=pickle_brand)
    SC("perch-insulin-given-still-wants-answers", "thread-with-brand", pickle_done,
       expect(RP, "high", "welfare", "direct"),
       note="the insulin has been given, so no longer urgent; a customer coming back to a case already answered: high", known_miss="round 18, not met yet: priority: want \"high\", got low; the engine read: replies to @PerchPets: the customer is talking to the brand | praise: thank them | topic welfare: 'insulin', 'insuline', 'diabetic'")

    ollie = person("ollie_v_prc", "Ollie Vance", "Copper Hill. Two kids, two cats, one working brain cell.", 240)
    SC("perch-window-left-open-calm", "complaint-direct",
       tw(ollie, f"@{B} small thing, but the sitter left our kitchen window open on Sunday. No harm done and the cats "
                 "were fine, could someone just remind her to check before she leaves? Thanks"),
       expect(RP, "normal", "keys", "direct"), note="sounds like a security lapse but no one is at risk: an ordinary complaint")

    rav = person("ravi_s_prc", "Ravi Sood", "Fallowmead. Dad. Shift worker.", 140)
    SC("perch-booking-ref-boarding-pending", "private-details",
       tw(rav, f"@{B} booking PRC-58213-K for Saturday's boarding still says pending and the sitter hasn't confirmed. "
               "We fly at 6am!"),
       expect(RV, "normal", "bookings", "direct"), note="a booking reference")
    lyn = person("lyn_t_prc", "Lyn Tasker", "Saltmarsh Lane. Reactive rescue dog, patient human.", 230)
    SC("perch-phone-number-call-first", "private-details",
       tw(lyn, f"@{B} can the walker ring me before her 3pm drop-in? Juno goes mad at the doorbell. I'm on 07700 900417, "
               "it's in my profile too but nobody reads it"),
       expect(RV, "normal", "bookings", "direct"), note="the customer's own mobile number")
    SC("perch-home-address-new-sitter", "private-details",
       tw(lyn, f"@{B} please tell the new sitter it's the blue front door at 27 Saltmarsh Lane, Lydstow LY4 2QT, not 27 "
               "Saltmarsh Road like last time 🙄"),
       expect(RV, "normal", "keys", "direct"), note="a home address")
    SC("perch-robin-perch-on-key-safe", "common-word",
       tw(kiwi, "The robin has found a new perch on the key safe by our front door. Sits there every morning waiting for "
                "the dog walker like he's on the rota 😂"),
       expect(IGN, "low", ANY, "none"), note="a bird's perch, next to 'key safe' and 'dog walker': still no app")

    at("2028-10-17T18:20:00Z")
    jas = person("jas_okoro_prc", "Jas Okoro", "Just back from Lisbon. Not relaxed any more.", 380)
    SC("perch-house-unlocked-three-nights", "complaint-indirect",
       tw(jas, "Got home from Lisbon to find the back door unlocked and the alarm off. Sitter left on Saturday, "
               "apparently. Nothing taken, cats fine, but our house sat wide open for three nights. Perch, seriously?"),
       expect(RP, "high", "keys", "indirect"), strict=False,
       note="a risk to property only, and over: not urgent; high (a serious lapse) or normal could both be argued")

    # ---------------------------------------------------------------- Wednesday 18 October
    at("2028-10-18T06:00:00Z")
    fav = tw(B, "New this week: pick a favourite walker and we'll offer them your walks first whenever you book. "
                "Find it under Settings › Favourites 🐾")
    aoife = person("aoife_b_prc", "Aoife Brennan", "Two cats, one flat, zero chill.", 200)
    SC("perch-question-favourites-home-visits", "question-in-reply-to-brand",
       tw(aoife, f"@{B} does that work for cat home visits too or only dog walks?", reply_to=fav),
       expect(RP, "normal", "bookings", "direct"))

    tom = person("tomk_dev_prc", "Tom Kowalczyk", "Backend dev. Owner of Pudding (labrador, menace).", 1_100)
    tom_post = tw(tom, f"@{B} charged twice for Thursday's walk since the app update, £14 both times. Receipt says one walk. "
                       "Can I get one refunded please?")
    SC("perch-charged-twice-after-update", "complaint-direct", tom_post,
       expect(RP, "normal", "payments", "direct"), note="£14 is a price, not a private detail")
    tom_brand = tw(B, "@tomk_dev_prc Sorry Tom, a fault in this morning's release took some payments twice. The duplicate "
                      "£14 is on its way back and should reach your card within 48 hours.", reply_to=tom_post)

    bea = person("bea_santos_prc", "Beatriz Santos", "Enfermera. Riverside. Y Lola 🐕", 160)
    SC("perch-es-cobro-doble", "non-english",
       tw(bea, f"@{B} me cobraron dos veces el paseo del martes. ¿Me pueden hacer el reembolso de uno? Gracias", lang="es"),
       expect(RP, "normal", "payments", "direct"))

    dunc = person("duncan_r_prc", "Duncan Reid", "Fixes boilers. Complains about apps.", 130)
    SC("perch-card-number-declined", "private-details",
       tw(dunc, f"@{B} my card 5555 5555 5555 4444 keeps getting declined at payment when I try to book. Bank says "
                "it's fine??"),
       expect(RV, "normal", "payments", "direct"), note="a full card number (a Luhn-valid test number)")

    pud = person("pudding_lab_prc", "Chloe Abara", "Pudding's PA. Riverside.", 520)
    SC("perch-sarcasm-photo-of-other-dog", "sarcasm-customer",
       tw(pud, "Oh lovely, Perch has sent me a photo update of someone else's dog. Pudding had a wonderful afternoon being "
               "an entirely different labrador apparently 🙃"),
       expect(RP, "normal", "app", "indirect"), note="sarcasm with no complaint word")

    bear = person("bear_dad_prc", "Martin Oyelaran", "Riverside. Bear's dad. Bear is a chihuahua.", 290)
    SC("perch-app-down-live-map", "complaint-direct",
       tw(bear, f"@{B} app down? Live map just spins and I can't see where Bear is. Walker isn't picking up either"),
       expect(RP, "high", "app", "direct"), note="the app is down: a service outage")

    kel = person("kelechi_o_prc", "Kelechi Obi", "St Olave's. Cat dad x2.", 160)
    SC("perch-email-refund-missing", "private-details",
       tw(kel, f"@{B} 9 days waiting for my refund for the sit that never happened. Email me on kelechi.obi@postbox.example, "
               "the chat just loops"),
       expect(RV, "normal", "payments", "direct"), note="an email address")
    SC("perch-fake-giveaway-free-walks", "spam",
       tw(person("pawdeals_prc", "Paw Deals UK 🎁", "Daily pet giveaways!! Follow to win 🐶🐱", 3_300, following=4_900),
          "🎉 GIVEAWAY 🎉 Perch Pets is giving away 12 months of FREE walks to 50 lucky owners! Follow, RT and drop your "
          "postcode below 👇 {url:https://paw-deals.example/perch-win}"),
       expect(IGN, "low", "scams", "indirect"), note="a fake giveaway in the brand's name")
    fern = person("fern_q_prc", "Fern Quayle", "Away Friday to Tuesday. Worrier.", 190)
    SC("perch-calm-insulin-injection-question", "medical-urgent",
       tw(fern, f"@{B} we're away from Friday. Can your sitters give a diabetic cat her insulin injection twice a day? Our vet "
                "has shown me how, I just want to check before I book"),
       expect(RP, "urgent", "welfare", "direct"),
       note="a calm question, but about a pet's medical need: urgent by the README's rule and the pets note at the top")

    at("2028-10-18T13:00:00Z")
    jen = person("jen_ashe_prc", "Jen Ashe", "Brackley Green. Biscuit's person. Teacher.", 350)
    lost = tw(jen, f"@{B} your walker has just rung to say Biscuit slipped her harness by the Brackley ring road and ran "
                   "off. She's 11, deaf and terrified of traffic. Why am I hearing this an hour later?? Get everyone out looking")
    SC("perch-dog-lost-near-ring-road", "safety-urgent", lost, expect(RP, "urgent", "welfare", "direct"),
       note="a dog lost on a walk right now, deaf, by a main road: a life at risk, urgent (see the note at the top)")
    lost_brand = tw(B, "@jen_ashe_prc Jen, I'm so sorry. Our care team and four nearby walkers are heading to the ring road "
                       "now, and we've told the dog warden and the local vets. I'll update you here every 30 minutes.",
                    reply_to=lost)
    SC("perch-brand-reply-lost-dog", "brand-own-post", lost_brand, expect(IGN, "low", "welfare", "none"))
    hols = person("holly_g_prc", "Holly Gage", "Brackley Green WhatsApp group admin (sorry).", 1_300)
    poster = tw(hols, "LOST DOG near Brackley ring road, was out with a Perch walker. Small brown terrier, pink harness gone, "
                      "called Biscuit but she's deaf. Please check sheds and gardens 🙏")
    SC("perch-neighbour-lost-dog-appeal", "safety-urgent", poster, expect(ANY, "urgent", "welfare", "indirect"),
       note="a neighbour's appeal naming the brand: whether to answer in public or not, the dog is in danger now", known_miss="round 18, not met yet: priority: want \"urgent\", got low; the engine read: names Perch in a post to everyone | general chatter about the brand | topic welfare: 'lost dog'")
    ged = person("ged_m_prc", "Ged Marlow", "Brackley Green.", 60)
    SC("perch-repost-lost-dog-appeal", "repost", tw(ged, "", retweet=poster),
       expect(IGN, "low", "welfare", "indirect"), note="a repost never opens a case, however urgent the original")

    maya = person("maya_k_prc", "Maya Kapoor", "St Olave's. Working late, always.", 210)
    maya_post = tw(maya, "can you feed Simba tonight if I'm stuck at work? the sitter's coming at 6 but just in case")
    zoe = person("zoe_k_prc", "Zoe Kapoor", "Maya's sister. Cat aunt.", 120)
    code_reply = tw(maya, "@zoe_k_prc the Perch sitter comes at 6, key safe code is 2291 if you get there first 🐱",
                    reply_to=tw(zoe, "@maya_k_prc yeah of course, how do I get in?", reply_to=maya_post))
    SC("perch-key-safe-code-in-family-thread", "private-details", code_reply,
       expect(RV, ANY, "keys", "third_party"), strict=False,
       note="a key safe code in public, but inside a conversation between sisters: answer privately, or leave them be?")
    SC("perch-friend-warns-delete-code", "third-party-chatter",
       tw(dee, "@maya_k_prc @zoe_k_prc delete this! your key safe code is in a public tweet. Put it in Perch where "
               "only the sitter can see it", reply_to=code_reply),
       expect(MON, "low", "keys", "third_party"), note="good advice between other people; nothing for the brand to answer")

    fake = person("PerchCare_prc", "Perch Pets Support 🐾", "Official support 24/7. DM us for fast help!", 150,
                  following=3_200)
    SC("perch-fake-support-reply-to-lost-dog", "spam",
       tw(fake, "@jen_ashe_prc Hi Jen, Perch Support here 🐾 so sorry about Biscuit! Verify your account and card details "
                "here so our team can act fast: {url:https://perch-care-help.example/verify}", reply_to=lost),
       expect(IGN, ANY, "scams", "third_party"), strict=False,
       note="a fake support account phishing a worried owner: no case to answer, but the brand may want to warn her")
    SC("perch-bystander-warns-fake-account", "third-party-chatter",
       tw(hols, "@jen_ashe_prc Jen that's not the real Perch account, don't click it. Real one is the blue tick", reply_to=lost),
       expect(MON, "low", "scams", "third_party"))
    kim = person("kim_r_prc", "Kim Rowntree", "Brackley Green. Labrador x2.", 240)
    kim_post = tw(kim, "thinking of trying one of the dog walking apps for Bramble, anyone got one they'd trust?")
    SC("perch-venting-old-lost-dog", "third-party-venting",
       tw(ivy, "@kim_r_prc Perch lost our dog for two hours last spring and just sent a voucher. Found her ourselves. "
               "Wouldn't touch them", reply_to=kim_post),
       expect(MON, "low", ANY, "third_party"),
       note="an old loss told to a friend: sounds alarming, is over; don't butt in")
    SC("perch-advice-live-map-in-thread", "third-party-chatter",
       tw(alfie_pre, "@kim_r_prc we use Perch, been fine for a year, and the live map means you know they actually went out",
          reply_to=kim_post),
       expect(MON, "low", "app", "third_party"), note="praise for the brand inside someone else's thread: still monitor")

    at("2028-10-18T19:30:00Z")
    wade = person("wade_j_prc", "Wade Jessop", "", 40)
    SC("perch-threat-break-walker-legs", "threat-urgent",
       tw(wade, f"@{B} if that walker who lost my sister's dog comes down our road again I'll break her legs. You've been warned"),
       expect(ANY, "urgent", ANY, "direct"), note="a threat against a walker, with a complaint")
    lena = person("lena_p_prc", "Lena Pryce", "Fallowmead. Mind your business.", 85)
    SC("perch-threat-know-where-she-lives", "threat-urgent",
       tw(lena, "Not saying anything, but that Perch walker from Friday will be getting a visit. I know where she lives. "
                "Nobody leaves my dog tied to a lamp post in the rain."),
       expect(ANY, "urgent", "safety", "indirect"), note="calmly put, still a threat against a person")
    SC("perch-bear-app-back-thanks", "praise",
       tw(bear, f"@{B} app's back and Bear's walker sent the sweetest video. Thank you for sorting it so fast 🙏"),
       expect(RP, "low", "app", "direct"))

    # ---------------------------------------------------------------- Thursday 19 October
    at("2028-10-19T05:50:00Z")
    SC("perch-dog-found-thread", "thread-with-brand",
       tw(jen, f"@{B} she's home!! Found in a shed on Cole Lane at 6am, cold and muddy but ok. Thank you to everyone who "
               "shared. We still need to talk about how she slipped her harness in the first place.", reply_to=lost_brand),
       expect(RP, "high", "welfare", "direct"),
       note="the danger is over (not urgent); coming back to a case the brand answered, with a complaint: high", known_miss="round 18, not met yet: priority: want \"high\", got low; the engine read: replies to @PerchPets: the customer is talking to the brand | praise: thank them | topic welfare: 'slipped her harness'")
    carl = person("carlos_r_prc", "Carlos Ruiz", "Sevillano en Lydstow. Con Lola, mi galga.", 140)
    SC("perch-es-threat-walker", "threat-urgent",
       tw(carl, f"@{B} como vuelva a ver a ese paseador gritándole a mi perra, le rompo la cara. Ya está avisado.", lang="es"),
       expect(ANY, "urgent", ANY, "direct"), note="a threat in Spanish: 'I'll smash his face'")

    echo = person("lydstowecho_prc", "Lydstow Echo", "News for Lydstow and the Vale since 1881.", 96_000,
                  following=1_400, verified=True)
    SC("perch-news-cap-after-bite", "news-monitor",
       tw(echo, "Perch, the Lydstow dog-walking firm, will cap walkers at four dogs each after a boy was bitten in "
                "Wickham Park on Monday {url:https://lydstowecho.example/news/perch-four-dog-cap}"),
       expect(MON, "low", "safety", "indirect"))
    SC("perch-news-old-attack-court", "news-monitor",
       tw(echo, "Owner fined £800 after his off-lead dog attacked a Perch walker and two dogs on Lydstow Common in March "
                "{url:https://lydstowecho.example/courts/common-dog-attack-fine}"),
       expect(MON, "low", "safety", "indirect"), note="news of an attack months ago: sounds dangerous, nothing to do now")

    upd = tw(B, "An update on Monday in Wickham Park: the boy who was bitten is home and recovering, and we're in touch "
                "with his family. From today walkers take four dogs at most, while our safety team looks at every group walk.")
    SC("perch-brand-wickham-statement", "brand-own-post", upd, expect(IGN, "low", "safety", "none"))
    fran = person("fran_d_prc", "Fran Dufresne", "Wickham Park. Nursery run. Cockapoo.", 330)
    SC("perch-question-cap-day-care", "question-in-reply-to-brand",
       tw(fran, f"@{B} is the four dog limit for day care as well? Ours goes to a sitter with six others", reply_to=upd),
       expect(RP, "normal", "bookings", "direct"))
    SC("perch-quote-four-still-too-many", "quote",
       tw(sasha, "Four is still too many for one person to hold. My son has a scar for life and I've heard nothing from "
                 "you directly.", quote=upd),
       expect(RP, ANY, ANY, "indirect"), strict=False,
       note="the bitten boy's mother quotes the brand's statement without tagging it; a complaint, but how strong?")
    SC("perch-repost-wickham-statement", "repost", tw(mick, "", retweet=upd),
       expect(IGN, "low", "safety", "indirect"))

    rhi = person("rhian_l_prc", "Rhian Lloyd", "Harrow Heath. Deputy head. Owner of one very loud husky.", 470)
    SC("perch-legal-refund-trading-standards", "legal-threat-not-urgent",
       tw(rhi, f"@{B} five weeks waiting for a refund of the £160 deposit you took for half term. Three emails, no "
               "reply. Small claims court next, and Trading Standards are getting a copy."),
       expect(RP, "high", "payments", "direct"))
    ines = person("ines_a_prc", "Inês Almeida", "Lisboeta em Lydstow. Max é o meu cão.", 170)
    SC("perch-pt-reserva-cancelada", "non-english",
       tw(ines, f"@{B} paguei a hospedagem do Max e a reserva foi cancelada sem explicação. Quero saber porquê.", lang="pt"),
       expect(RP, "normal", "bookings", "direct"))

    ash = person("ash_k_prc", "Ash Karim", "Landscape gardener. Two whippets.", 150)
    SC("perch-kill-for-punctual-walker", "complaint-indirect",
       tw(ash, "I would genuinely kill for a Perch walker who isn't late. Three mornings this week. THREE."),
       expect(RP, "high", "bookings", "indirect"), note="'kill for' is a figure of speech, not a threat; the third time makes it high", known_miss="round 18, not met yet: action: want \"respond_public\", got monitor; priority: want \"high\", got low; the engine read: names Perch in a post to everyone | general chatter about the brand | topic bookings: 'late'")

    ruth = person("ruth_c_prc", "Ruth Carrow", "Copper Hill. Cats, gin, Radio 4.", 110)
    SC("perch-legal-ico-key-safe-visible", "legal-threat-not-urgent",
       tw(ruth, "A Perch walker I have never booked could see my key safe code in her app. That's my home. I've reported "
                "it to the ICO and I want to know who else can see it."),
       expect(RP, "high", "keys", "indirect"), note="a regulator and a security lapse with nobody in danger: high, not urgent")

    SC("perch-news-funding-boarding", "news-monitor",
       tw(echo, "Lydstow start-up Perch raises £4m to take its dog walking and boarding to Harwick and Stourby "
                "{url:https://lydstowecho.example/business/perch-raises-4m}"),
       expect(MON, "low", "bookings", "indirect"))
    old = person("old_lab_prc", "Graham Tull", "Lab owner. Cautious.", 120)
    SC("perch-chatter-old-incident-question", "chatter-monitor",
       tw(old, "Two years ago a Perch walker lost my old lab in Copper Woods for three hours. Found him, all fine, never "
               "went back. Thinking of trying them again for the new pup, anyone used them lately?"),
       expect(MON, "low", None, "indirect"),
       note="an incident long over, and a question to other owners rather than the brand", known_miss="round 18, not met yet: action: want \"monitor\", got respond_public; priority: want \"low\", got normal; the engine read: names Perch in a post to everyone | describes their own experience | complaint (0.83)")
    luna = person("luna_14_prc", "Wendy Ashworth", "Luna is 14 and in charge.", 95)
    SC("perch-elderly-dog-left-wet", "complaint-direct",
       tw(luna, f"@{B} walker brought Luna back soaking, left her in the hallway without drying her and didn't fill her "
                "water bowl. She's 14. That's neglect, not a walk."),
       expect(RP, "normal", "welfare", "direct"), note="a welfare complaint about a visit that is over; the dog is home")
    SC("perch-html-pet-name-script", "html-entities",
       tw(tom, f"@{B} Pudding's name shows as &lt;script&gt;alert(1)&lt;/script&gt; on the walk report &amp; the photo "
               "update won't open. His name is Pudding. Just Pudding."),
       expect(RP, "normal", "app", "direct"))

    # ---------------------------------------------------------------- Friday 20 October
    at("2028-10-20T05:40:00Z")
    petra = person("petra_vos_prc", "Petra Vos", "TV presenter. Spaniels. Tea.", 780_000, following=900,
                   listed=2_600, verified=True)
    big = tw(petra, f"@{B} booked a sitter for my two spaniels while I'm filming in Glasgow and she's cancelled by text at "
                    "11pm. Nine hours before my flight. Cheers.")
    SC("perch-presenter-sitter-cancelled", "big-reach", big, expect(RP, "high", "bookings", "direct"),
       note="780k followers")
    SC("perch-repost-presenter-complaint", "repost", tw(nat, "", retweet=big),
       expect(IGN, "low", "bookings", "indirect"))
    waffle = person("waffle_dox_prc", "Waffle the Sausage 🌭", "Lydstow's longest dog. Managed by his human.",
                    1_240_000, following=600, listed=3_100, verified=True)
    SC("perch-dogfluencer-fake-walk", "big-reach",
       tw(waffle, "Waffle's Perch walker sent a photo of him 'on his walk' and the background is her living room. The "
                  "live map says they've been round the park twice. Lydstow, who else is getting this? 🌭"),
       expect(RP, "high", "app", "indirect"), note="1.2M followers, brand named without a tag", known_miss="round 18, not met yet: action: want \"respond_public\", got monitor; priority: want \"high\", got low; the engine read: names Perch in a post to everyone | general chatter about the brand | topic app: 'live map', 'map'")

    SC("perch-vet-helpline-number-praise", "public-hotline-number",
       tw(ollie, "Rang the Perch vet helpline on 0808 157 0611 at 2am when our cat was sick all over the hall. The vet was "
                 "calm, told us what to watch for, and she's fine this morning. Lifesaver"),
       expect(RP, "low", "welfare", "indirect"), strict=False,
       note="the number is the brand's own helpline; praise for a worry that is over")
    dot = person("dot_h_prc", "Dot Hennessy", "Retired. On hold, mostly.", 75)
    SC("perch-care-line-number-on-hold", "public-hotline-number",
       tw(dot, f"Been on hold to @{B} on 0808 157 0240 for 35 minutes about a refund. Thirty. Five."),
       expect(RP, "normal", "payments", "indirect"), strict=False, note="the brand's own care line, not the customer's number")

    sam = person("sam_walks_prc", "Sam | Perch walker 🐾", "Walks dogs for a living. Wet most of the time.", 640)
    SC("perch-walker-chatter-rainy-day", "chatter-monitor",
       tw(sam, "Perch walker life: rain again, 6 dogs, 3 walks, 1 very soggy sandwich. Wouldn't swap it 🐾"),
       expect(MON, "low", None, "indirect"), note="a walker's chatter; the numbers are counts")
    SC("perch-walker-payouts-late", "complaint-direct",
       tw(sam, f"@{B} payouts three days behind for the third week running. 46 walks this month and rent's due Friday. Walkers aren't a charity."),
       expect(RP, "high", "partners", "direct"), note="a walker, not an owner: still a customer of the app; third time")
    kofi = person("kofi_walks_prc", "Kofi Asante", "Perch walker, 4.9 ⭐. Harrow Heath.", 310)
    SC("perch-walker-deactivated-review", "complaint-direct",
       tw(kofi, f"@{B} deactivated after one client's 1 star review and nobody will tell me why. Two years, 400 walks, "
                "4.9 rating. This is my income."),
       expect(RP, "normal", "partners", "direct"))
    leo = person("leo_fenn_prc", "Leo Fenn", "New to Lydstow. Looking for work that involves dogs.", 90)
    SC("perch-question-dbs-check", "question",
       tw(leo, f"@{B} how long does the DBS check take before I can start? Signed up as a walker 3 weeks ago and it "
               "still says pending"),
       expect(RP, "normal", "partners", "direct"))
    SC("perch-walker-dob-id-check", "private-details",
       tw(leo, f"@{B} ID check for my walker account keeps failing on my date of birth. It's 03/11/1996, same as my passport!"),
       expect(RV, "normal", "partners", "direct"))

    pubp = person("theperch_prc", "The Perch, Lydstow Lock 🍺", "Riverside pub. Real ale, roasts, dogs welcome.", 4_100)
    SC("perch-namesake-pub-dogs-welcome", "namesake",
       tw(pubp, "Dogs very welcome at The Perch this weekend 🐶 water bowls out, sausages behind the bar, and the "
                "dog walkers' table by the fire is all yours. Beer festival from 5pm Friday!"),
       expect(IGN, "low", None, "none"), note="the riverside pub, with dog-walking words")
    fur = person("patiolife_prc", "Ange Patel", "Gardens, patios, terrible DIY.", 880)
    SC("perch-namesake-bistro-set-missing-bolt", "namesake",
       tw(fur, "The Perch bistro set from Hollin &amp; Co arrived with a bolt missing and the table top scratched. Two "
               "weeks for a replacement, apparently 🙃"),
       expect(IGN, "low", ANY, "none"), note="a complaint, but about another firm's furniture range", known_miss="round 18, not met yet: action: want \"ignore\", got respond_public; priority: want \"low\", got normal; addressed: want \"none\", got indirect; the engine read: names Perch in a post to everyone | complaint (0.63) | topic cover: 'scratched'")

    SC("perch-html-booking-page-tags", "html-entities",
       tw(aoife, f"@{B} your booking page says &lt;b&gt;Sitter unavailable&lt;/b&gt; &amp;&amp; &lt;/div&gt; and won't "
                 "let me book Saturday boarding. Is anyone free in Riverside?"),
       expect(RP, "normal", "bookings", "direct"))
    promo = tw(B, "Reliable walkers, rain or shine ☔ Book your first walk in Lydstow this week and get 20% off.")
    SC("perch-quote-reliable-walkers", "quote",
       tw(hayley, "Reliable? Mine didn't turn up on Monday OR Wednesday.", quote=promo),
       expect(RP, "normal", "bookings", "indirect"), strict=False,
       note="a customer quotes the brand's advert without tagging it")
    SC("perch-puppy-scam-tags-brand", "spam",
       tw(person("cockapoo_4u_prc", "Cockapoo Puppies 4 U", "KC reg puppies, delivery UK wide 🐶", 410, following=2_900),
          f"@{B} cockapoo puppies ready now 🐶 £400 to reserve by bank transfer, delivery to Lydstow. DM for pics!!"),
       expect(IGN, "low", None, "direct"), note="a puppy-selling scam tagging the brand", known_miss="round 18, not met yet: action: want \"ignore\", got respond_public; priority: want \"low\", got normal; topic: want null, got bookings; the engine read: addressed to @PerchPets | topic bookings: 'reservé', 'réservé'")
    SC("perch-sarcasm-mystery-fee", "sarcasm-customer",
       tw(dunc, f"Thanks @{B} for the surprise £9.99 'priority fee' on a walk I arranged a week ago. Love a mystery line on "
                "my receipt 💸"),
       expect(RP, "normal", "payments", "indirect"))
    trev = person("trev_b_prc", "Trevor Bly", "", 55)
    SC("perch-abuse-short-walks-charged", "abuse-with-problem",
       tw(trev, f"@{B} you useless shower of clowns. Third time this fortnight the 60 min walk has been cut short to 15 "
                "and I'm charged full price. Sort it out."),
       expect(RP, "high", "payments", "direct"), note="rude, repeated and real")
    kaz = person("karen_o_prc", "Kaz Ostrowski", "", 45)
    SC("perch-abuse-threatening-to-charge", "abuse-with-problem",
       tw(kaz, f"@{B} f*** your chatbot. Rosie is stuck at the sitter's because the app won't let me end the booking and "
               "she's threatening to charge me for another overnight"),
       expect(RP, "high", "bookings", "direct"), note="'threatening to charge' is about a fee, not a threat to anyone: not urgent", known_miss="round 18, not met yet: topic: want \"bookings\", got safety; the engine read: addressed to @PerchPets | complaint (0.93) | rude, but still a customer with a problem | topic safety: 'threaten', 'threatened', 'threatening'")

    # ---------------------------------------------------------------- Saturday 21 October
    at("2028-10-21T05:30:00Z")
    club = person("cutangle_prc", "Lydstow Cut Anglers", "Match fishing on the Cut since 1952. Perch league Oct–Mar.", 2_700)
    SC("perch-namesake-anglers-match", "common-word",
       tw(club, "Perch league round 3 today, draw at 8 by the lock. Pegs 1–40, £10 entry, pools optional. Biggest perch "
                "wins the Tolley trophy 🏆"),
       expect(IGN, "low", None, "none"), note="the fish, with prices and numbers that are not private details", known_miss="round 18, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Perch in a post to everyone | general chatter about the brand")
    SC("perch-angler-pike-attack", "common-word",
       tw(gaz, "Pike came out of nowhere and attacked a perch I was reeling in, bitten clean in half at the net. Nature is brutal 😳"),
       expect(IGN, "low", ANY, "none"), note="'attacked' and 'bitten', about fish: not the app and no danger")
    bram = person("bram_dj_prc", "Bram de Jong", "Nederlander in Lydstow. Vissen in het weekend.", 130)
    SC("perch-nl-perch-competitie", "common-word",
       tw(bram, "Zaterdag de perch competitie op de Cut (baars voor ons Nederlanders 🎣). Drie vissen, allemaal klein. Volgende week beter!",
          lang="nl"),
       expect(IGN, "low", None, "none"), note="the fish, in Dutch")
    vale = person("valeria_c_prc", "Valeria Conti", "Milanese a Lydstow. Aperitivo ogni sabato.", 260)
    SC("perch-it-rooftop-bar", "namesake",
       tw(vale, "Aperitivo al Perch, il rooftop bar sopra il Corn Exchange. Vista pazzesca su Lydstow e spritz perfetto 🍸",
          lang="it"),
       expect(IGN, "low", None, "none"), note="the rooftop bar, in Italian")
    cat_ = person("catrin_e_prc", "Catrin Evans", "Saturdays are for brunch.", 350)
    SC("perch-namesake-rooftop-deposit", "namesake",
       tw(cat_, "Booked Perch rooftop bar for Saturday and they've charged a £25 deposit per head?? For a table looking "
                "at the multistorey"),
       expect(IGN, "low", ANY, "none"), note="booking and deposit words, but the bar, not the app", known_miss="round 18, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Perch in a post to everyone | general chatter about the brand | topic payments: 'charged', 'charges', 'deposit', an amount of money")

    SC("perch-tom-refund-still-missing", "repeat-contact",
       tw(tom, f"@{B} 72 hours on and the £14 refund still isn't on my card. You said 48.", reply_to=tom_brand),
       expect(RP, "high", "payments", "direct"), note="back on a case the brand answered: high")
    cafe = person("millst_eats_prc", "Mill Street Eats", "Every café in Lydstow, reviewed honestly.", 12_400)
    SC("perch-namesake-cafe-scone", "namesake",
       tw(cafe, "Perch on Mill Street still does the best cheese scone in Lydstow, and the dog by the window gets a biscuit "
                "too. 9/10"),
       expect(IGN, "low", None, "none"), note="the café", known_miss="round 18, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Perch in a post to everyone | general chatter about the brand")
    town = person("lydtownfc_prc", "Lydstow Town FC", "Official. Up the Town. 🔴⚪", 18_300)
    SC("perch-namesake-footballer", "namesake",
       tw(town, "FT: Lydstow Town 3-1 Harrow Heath. Tom Perch with two in the second half and we're top of the league! 🔴⚪"),
       expect(IGN, "low", None, "none"), note="a surname")
    SC("perch-knocked-off-their-perch", "common-word",
       tw(dee, "Lydstow Town have knocked Harrow Heath off their perch at last. Celebratory walk round the park for me and "
               "the dog 🐕🔴"),
       expect(IGN, "low", None, "none"), note="the saying, in a dog owner's post")
    SC("perch-budgie-fell-off-perch", "common-word",
       tw(kiwi, "RIP Captain, 14 years old, fell off his perch for the last time this morning. Best budgie there ever was 💔"),
       expect(IGN, "low", None, "none"), note="a death, but a budgie's, and the saying: nothing to answer")
    chat2 = person("bus_stop_prc", "Nell Garvey", "Notices adverts. Has opinions.", 720)
    SC("perch-chatter-bus-advert", "chatter-monitor",
       tw(chat2, "The Perch advert on the side of the number 9 bus is just a spaniel in sunglasses and honestly I'd buy "
                 "anything that dog told me to"),
       expect(MON, "low", None, "indirect"))
    SC("perch-chatter-postman", "chatter-monitor",
       tw(pud, "Pudding is going to murder the postman one day. Our Perch walker calls him 'spirited', which is very kind of her 😂"),
       expect(MON, "low", None, "indirect"), note="'murder' is a joke about the dog: no threat, no complaint")
    jok = person("punmaster_prc", "Stu Kell", "Dad jokes, wholesale.", 3_400)
    walk_moan = tw(ash, "walker brought the whippets back an hour late again, I've given up asking where they go")
    SC("perch-bystander-fish-pun", "joke-bystander",
       tw(jok, "@ash_k_prc sounds like Perch. Bunch of fish out of water, the lot of them 🐟", reply_to=walk_moan),
       expect(IGN, "low", None, "third_party"))
    mochi = person("mochi_mum_prc", "Hana Sato", "Two cats, one of them called Mochi.", 190)
    SC("perch-praise-sitter-two-years", "praise",
       tw(mochi, f"@{B} just want to say Dana has looked after Mochi for two years and she's the best sitter in Lydstow. "
                 "Never misses, sends videos, knows exactly how Mochi likes her dinner. Give her a raise 🐱"),
       expect(RP, "low", None, "direct"), known_miss="round 18, not met yet: priority: want \"low\", got normal; the engine read: addressed to @PerchPets | sarcasm (irony 0.61) from a customer: a complaint")
    alfie = alfie_pre
    SC("perch-praise-walker-storm", "praise",
       tw(alfie, "Shout out to Kofi from Perch who took Alfie out in last night's storm, towelled him off and sent a video "
                 "of him zooming round the kitchen. Above and beyond 🙌"),
       expect(RP, "low", None, "indirect"), note="praise without a tag: answer it")
    noisette = person("lea_m_prc", "Léa Marchand", "Française à Lydstow. Noisette le chat.", 140)
    SC("perch-fr-praise-sitter", "praise",
       tw(noisette, "Merci à Perch et à Chloé, notre pet-sitter, pour Noisette pendant nos vacances. Une vidéo chaque jour, "
                    "chat ravi 😻", lang="fr"),
       expect(RP, "low", None, "indirect"), note="praise in French")

    mabel = person("mabel_r_prc", "Ros Penhale", "Copper Hill. Mabel's mum.", 210)
    SC("perch-it-app-errore-mappa", "non-english",
       tw(vale, f"@{B} l'app mi dà errore ogni volta che provo a vedere la mappa della passeggiata di Tobia. Come si risolve?",
          lang="it"),
       expect(RP, "normal", "app", "direct"))
    mathis = person("mathis_g_prc", "Mathis Girard", "Lyonnais à Copper Hill. Deux chats.", 120)
    SC("perch-fr-porte-ouverte", "non-english",
       tw(mathis, f"@{B} la pet-sitter d'hier a laissé la porte ouverte toute la nuit et la clé sous le paillasson. "
                    "Le chat va bien, mais ce n'est pas normal.", lang="fr"),
       expect(RP, "normal", "keys", "direct"), note="a door left open: property only, not urgent")
    SC("perch-question-perch-cover-injury", "question",
       tw(mabel, f"@{B} if Mabel gets injured by another dog on a group walk, does Perch Cover pay the vet bill or is that "
                 "the other owner's insurance?"),
       expect(RP, "normal", "cover", "direct"), note="a question about cover, not an injury that happened", known_miss="round 18, not met yet: priority: want \"normal\", got urgent; the engine read: addressed to @PerchPets | a person at risk: urgent | topic cover: 'cover', 'vet bill', 'insurance'")

    sitter = person("annie_sits_prc", "Annie Crowe", "Perch sitter & boarder. Always a dog on the sofa.", 420)
    SC("perch-sitter-seizure-boarding", "medical-urgent",
       tw(sitter, f"@{B} I'm boarding Bruno and he's just had a seizure on my kitchen floor, about 2 mins. Owner is on a "
                  "plane. Can I use the vet helpline for a boarding dog?"),
       expect(RP, "urgent", "welfare", "direct"), note="a dog's medical emergency in the brand's care")
    SC("perch-sitter-claim-chewed-chair", "question",
       tw(sitter, f"@{B} the pup I boarded last week chewed the leg off our dining chair and scratched the back door to bits. "
                  "How do sitters claim on Perch Cover?"),
       expect(RP, "normal", "cover", "direct"), note="damage to a sitter's home: cover, not keys, despite the door")

    # ---------------------------------------------------------------- Sunday 22 October
    at("2028-10-22T06:30:00Z")
    rosa = person("rosa_m_prc", "Rosa Mendes", "Riverside. Walks before work.", 330)
    SC("perch-walker-collapsed-riverside", "medical-urgent",
       tw(rosa, "Perch walker just collapsed on the Riverside path, she says she's diabetic. Given her my lucozade and "
                "I'm holding five dogs 😬 can someone from Perch come and get these dogs??"),
       expect(RP, "urgent", ANY, "indirect"),
       note="a walker's own medical need, reported by a passer-by; welfare's words (collapsed, diabetic) or trust and safety")
    luisa = person("luisa_f_prc", "Luísa Ferreira", "Portuguesa. Gata diabética chamada Nata.", 90)
    SC("perch-pt-gata-insulina", "medical-urgent",
       tw(luisa, f"@{B} a minha gata é diabética e a cuidadora não apareceu para dar a insulina esta manhã. Estou em "
                 "Lisboa, por favor mandem alguém!", lang="pt"),
       expect(RP, "urgent", "welfare", "direct"), note="a missed insulin dose, in Portuguese")
    van = person("van_spotter_prc", "Ellie Ward", "Harrow Heath. Notices things.", 150)
    SC("perch-dogs-overheating-in-van", "safety-urgent",
       tw(van, "Van with the Perch logo outside Harrow Heath Co-op for 40 mins, windows shut, nine dogs in crates. One looks "
               "overheated and keeps crying. Anyone know who to ring?"),
       expect(RP, "urgent", "welfare", "indirect"), note="animals in danger right now, reported by a witness")
    han = person("hannah_v_prc", "Hannah Vickers", "Perch walker. Don't follow me home.", 260)
    SC("perch-walker-followed-home", "safety-urgent",
       tw(han, f"A Perch client keeps turning up at my flat since I stopped walking his dog. Today he followed me home from the "
               f"park. Who do I even tell? @{B}"),
       expect(RP, "urgent", "safety", "indirect"), note="a walker being stalked by a client: a risk to a person")
    birgit = person("birgit_h_prc", "Birgit Hahn", "Aus Hamburg. Jetzt Lydstow. Hund: Otto.", 200)
    SC("perch-de-walker-dog-bit-me", "safety-urgent",
       tw(birgit, f"Ein Hund von einer Perch-Gassigeherin hat gerade Otto angegriffen und mich in die Hand gebissen. Ich "
                  f"blute, und sie ist einfach weitergegangen. @{B}", lang="de"),
       expect(RP, "urgent", "safety", "indirect"), note="in German: a dog in the brand's care bit a person, just now")
    SC("perch-de-buchung-aendern", "non-english",
       tw(birgit, f"@{B} Kann ich meine Buchung für die Herbstferien noch ändern? Die Betreuerin hat gestern abgesagt.",
          lang="de"),
       expect(RP, "normal", "bookings", "direct"))
    sanne = person("sanne_b_prc", "Sanne Bakker", "Nederlandse in Riverside. Hond: Pim.", 110)
    SC("perch-nl-niet-komen-opdagen", "non-english",
       tw(sanne, f"@{B} de uitlater is vandaag weer niet komen opdagen. Derde keer deze maand. Wat gaan jullie eraan doen?",
          lang="nl"),
       expect(RP, "high", "bookings", "direct"), note="third time: high", known_miss="round 18, not met yet: priority: want \"high\", got normal; the engine read: addressed to @PerchPets | a question | topic bookings: 'niet komen opdagen'")
    SC("perch-roast-walk-charged-twice", "complaint-in-passing",
       tw(jas, f"Sunday roast ✅ long walk ✅ finding out @{B} charged me twice for last week's boarding ❌ refund pls"),
       expect(RP, "normal", "payments", "indirect"))
    return brand


BRANDS["perch-pets"] = ("PerchPets", 8078901245, build_perch_pets)
