# Quiff (Quiff Salons & Barbers): a made-up chain of hair salons and barbers in the made-up towns
# of Merriton, Kelsby, Dunmere, Ashcombe and Rooksby. Cuts, colours, bleach and balayage (with a
# patch test first), skin fades, beard trims and wet shaves, blow-dries; bookings in the Quiff
# app with a deposit, and a no-show or late-cancellation fee for a missed slot; its own shampoos
# and styling products in the salons and an online shop; gift cards, e-gift vouchers and loyalty
# points.
# "Quiff" is also an ordinary word: the swept-up hairstyle of Elvis, Tintin and every rockabilly
# weekender, a baby's tuft, a cockatoo's crest ("I'd kill for a quiff like that"). And a name:
# Quiff Pomade Co. (styling products from another firm), Quiff (a rockabilly band), Quiff Dog
# Grooming in Rooksby, the Dunmere Rovers striker Danny Quiff and Quiff, a racehorse. None of
# them is the salon chain.
# Written blind, from PRODUCT.md and the scenario README's conventions only. The week of
# 29 May 2028: on the bank holiday Monday an overnight update to the booking app double-books
# slots, moves bookings without a word and then stops loading from about 7 to 11:30; customers
# are turned away at the door. On Tuesday the same bug charges no-show fees to people whose
# bookings it moved or who had cancelled, and fake "Quiff refunds" accounts phish for card
# details. On Wednesday a customer of the Kelsby salon has a severe allergic reaction to hair dye
# (no patch test) and ends up in A&E; others report swollen lips, blisters and burns. On Thursday
# the reaction is in the local paper and on a national consumer programme, a customer threatens a
# stylist, a man threatens a barber with a knife, a barber harasses a customer and straighteners
# burn an ear. On Friday repeats and refunds, a razor nick that will not stop bleeding, asthma
# from bleach fumes and a pundit with half a beard. The weekend: a rockabilly weekender full of
# quiffs, the band, the striker, gift cards, praise, and a blistered scalp six days after bleach.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place, account,
# booking, customer and card number, phone number, address and email address here is made up.
# Phone numbers are from the UK drama ranges; the card number is a Luhn-valid test number.


def build_quiff_salons():
    global CURRENT_BRAND, CLOCK
    brand = Brand("quiff-salons", SCEN_DIR / "quiff-salons.plan.toml", "QuiffSalons", 6078901245, 1861220000000006501)
    CURRENT_BRAND, CLOCK = brand, Clock("2028-05-29T05:30:00Z")
    B = "QuiffSalons"
    user(B, "Quiff Salons & Barbers", 6078901245,
         "Quiff ✂️ salons & barbers in Merriton, Kelsby, Dunmere, Ashcombe & Rooksby. Book in the Quiff app. "
         "Care team 8am–9pm, 7 days. Helpline 0808 157 0486. We never ask for card details by DM.",
         36_800, following=920, tweets=15_400, listed=110, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 11640100000 + _n[0] * 4129, bio, followers, **kw)

    person("lauren_b_qf", "Lauren Bright", "Merriton. Nurse. Bank holiday shifts are a myth.", 410)
    person("jade_k_qf", "Jade Kirwan", "Kelsby. Mum of two. Hair appointments are my therapy.", 280)
    person("rich_o_qf", "Rich Okoro", "Dunmere. Gym, fades, football.", 520)
    person("poppy_h_qf", "Poppy Hale", "Merriton. Teacher. Rain magnet.", 330)
    person("meg_t_qf", "Meg Tarrant", "Ashcombe. Bank holidays are for barbecues.", 260)
    person("hollie_s_qf", "Hollie Sands", "Ashcombe. Estate agent. Always late, never sorry.", 390)
    person("punchline_qf", "Dev Barker", "Puns, pints, Kelsby. You've been warned.", 610)
    person("tashamorgan_qf", "Tasha Morgan", "Morning telly presenter. Coffee, cats, 4am alarms. Views my own.",
           820_000, following=1_300, listed=3_100, verified=True)
    person("ellie_p_qf", "Ellie Parr", "Kelsby. Knows everyone. Tells everyone.", 450)
    person("QuiffCare_qf", "Quiff Salons Support ✅", "Official Quiff help 24/7 ✅ refunds, rebookings, deposits. DM us", 41, following=4_900)
    person("katrin_w_qf", "Katrin Weber", "Aus Hamburg, wohne in Merriton. Ingenieurin.", 230)
    person("sam_f_qf", "Sam Fenwick", "Rooksby. Spreadsheets and sarcasm.", 370)
    person("rockabilly_qf", "Lamplight Club", "Rockabilly, swing & rock'n'roll nights in Dunmere since 1994 🎸", 6_400)
    person("gus_w_qf", "Gus Whitlow", "Merriton. Windswept, mostly.", 210)
    person("aisha_r_qf", "Aisha Rahman", "Merriton. Receptionist. Fixes everyone's problems but mine.", 300)
    person("francesca_qf", "Francesca Greco", "Napoletana a Kelsby. Architetta.", 190)
    person("priya_n_qf", "Priya Nair", "Dunmere. Accountant. Keeps every receipt.", 260)
    person("dan_m_qf", "Dan Marsh", "Ashcombe. Plumber. Owed £20.", 140)
    person("QuiffRefund_qf", "Quiff No-Show Refunds 💷", "Charged by mistake? Official Quiff refund desk ✅ claim in 2 minutes", 73, following=4_800)
    person("nora_c_qf", "Nora Clegg", "Kelsby. Retired. Not good with phones.", 60)
    person("rhian_p_qf", "Rhian Pugh", "Rooksby. Nurse on nights. Tired.", 180)
    person("liz_t_qf", "Liz Tolland", "Merriton. Buying presents for everyone but me.", 240)
    person("getback_qf", "RecoverNow ✅", "Certified scam & crypto recovery agents. 100% success rate ✅ DM", 6_900, following=5_000)
    person("carly_j_qf", "Carly James", "Merriton. Street WhatsApp admin. Spotter of scams.", 520)
    person("bex_d_qf", "Bex Doyle", "Merriton. Always about to start a diet.", 300)
    person("ryan_h_qf", "Ryan Holt", "Kelsby. Electrician. No patience for nonsense.", 110)
    person("mandy_v_qf", "Mandy Vickers", "Ashcombe. Three kids, one bathroom.", 170)
    person("lotte_d_qf", "Lotte de Jong", "Uit Haarlem, woont in Ashcombe. Fietst overal heen.", 210)
    person("beauty_tom_qf", "Tom Reyes", "Men's grooming reviews. Pomades, clays, razors 💈", 14_300)
    person("tintinfan_qf", "Hergé Nerd", "Comics, ligne claire, too many opinions about boats.", 2_100)
    person("chloe_a_qf", "Chloe Ainsworth", "Kelsby. Dental nurse. Just had my hair done, don't look.", 360)
    person("sofia_m_qf", "Sofía Moreno", "Malagueña en Dunmere. Diseñadora.", 240)
    person("claire_f_qf", "Claire Fontaine", "Lyonnaise à Rooksby. Maman de Léa (16).", 200)
    person("georgia_l_qf", "Georgia Lamb", "Kelsby. Bridesmaid x3 this summer. Send help.", 420)
    person("nat_b_qf", "Nat Boyle", "Ashcombe. Office manager. Drinks on Fridays.", 310)
    person("KelsbyPost_qf", "Kelsby Post", "News for Kelsby, Merriton and Dunmere since 1899.", 15_600, following=700, verified=True)
    person("ConsumerEye_qf", "Consumer Eye", "Consumer affairs on TV, Thursdays 8pm. Got a story? DM us.",
           910_000, following=420, listed=5_400, verified=True)
    person("jo_q_qf", "Jo Quinlan", "Ashcombe. Colour every six weeks. Questions everything.", 280)
    person("mel_r_qf", "Mel Rourke", "Kelsby. Natural brunette, natural disaster.", 350)
    person("hana_k_qf", "Hana Kowalczyk", "Merriton. Paralegal. Reads terms and conditions.", 230)
    person("leah_w_qf", "Leah Ward", "Rooksby. Always up for drinks.", 190)
    person("bella_t_qf", "Bella Thorne-Hill", "Ashcombe. Going blonde this summer, wish me luck.", 160)
    person("ines_c_qf", "Inês Costa", "De Braga para Kelsby. Enfermeira.", 170)
    person("RaceDay_qf", "Kelsby Racing Tips", "Tips from the rails at Kelsby and beyond. Gamble responsibly.", 7_800)
    person("groomer_fan_qf", "Amy Pollard", "Biscuit's mum 🐶 Rooksby.", 640)
    person("harriet_b_qf", "Harriet Blane", "Merriton. PR. Early for everything.", 520)
    person("mark_e_qf", "Mark Ellery", "Dunmere. Blunt. Fringe-sensitive.", 90)
    person("kelsbywatch_qf", "Kelsby Street Talk", "What's going on in Kelsby. Not the council.", 3_900)
    person("omar_s_qf", "Omar Saleh", "Rooksby. Dad, engineer, beard enthusiast.", 230)
    person("lucy_g_qf", "Lucy Grant", "Kelsby. Mum of two. Gym on Tuesdays (sometimes).", 310)
    person("deano_qf", "Dean O'Hare", "Dunmere Rovers. Season ticket since 2009.", 880)
    person("pauline_r_qf", "Pauline Reid", "Ashcombe. Daughter of a lovely, stubborn mum.", 150)
    person("zara_p_qf", "Zara Patel", "Merriton. Severe nut allergy, mild coffee addiction.", 340)
    person("kirsty_m_qf", "Kirsty Mount", "Dunmere. Mum of Alfie (8, asthma, football).", 260)
    person("vince_l_qf", "Vince Leary", "Kelsby. 61. On warfarin and still cheerful.", 120)
    person("jen_s_qf", "Jen Stott", "Merriton. Wedding in 3 weeks!!", 400)
    person("CoachKaz_qf", "Kaz Adeyemi", "Football pundit. Former Dunmere Rovers captain. Saturday nights on the telly.",
           1_150_000, following=900, listed=4_800, verified=True)
    person("sarah_d_qf", "Sarah Dunne", "Ashcombe. Proud mum, amateur baker, reluctant runner.", 190)
    person("ben_w_qf", "Ben Walsh", "Kelsby. Skin fade every two weeks, no exceptions.", 150)
    person("marta_z_qf", "Marta Zielińska", "Z Krakowa do Rooksby. Księgowa.", 160)
    person("webdev_ash_qf", "Ash Carter", "Web developer. I notice broken templates.", 1_400)
    person("sec_noor_qf", "Noor Haddad", "Web security. I read your page source.", 2_600)
    person("kev_t_qf", "Kev Tate", "Merriton. Painter & decorator. Hates hold music.", 90)
    person("olivia_n_qf", "Olivia Nash", "Kelsby. PhD student. Dog person.", 260)
    person("growfast_qf", "GrowFast Media 📈", "Real followers, real fast. DM for packages 💸", 2_000, following=4_900)
    person("elvisnight_qf", "Ray Delaney", "Elvis tribute act. Dunmere. Thank you very much.", 1_700)
    person("babyjoy_qf", "Gemma Lowe", "First-time mum to Theo (5 months). Sleep is a rumour.", 420)
    person("windy_jo_qf", "Jo Fairhurst", "Merriton. Coastal walks and ruined hair.", 220)
    person("Weekender_qf", "Dunmere Rockabilly Weekender", "3 days of rock'n'roll, 2–4 June, Dunmere Pavilion 🎸💃", 11_200)
    person("gaz_l_qf", "Gaz Lowry", "Rooksby. Bikes, beards, bad puns.", 340)
    person("nina_h_qf", "Nina Holt", "Merriton. Just want my money back.", 130)
    person("alana_qf", "Alana Quinn", "Dunmere. Hospital porter. Laughs at own jokes.", 260)
    person("maya_o_qf", "Maya Osei", "Rooksby. Student. Broke but blonde.", 300)

    # ---- Monday 29 May (bank holiday): the booking app double-books, then stops loading ---------
    tasha = tw("tashamorgan_qf", f"Booked my bank holiday blow-dry with @{B} a month ago. Turned up at 7am, nobody had heard of me and the app says I was 'rescheduled' to Friday without a word. On air at 9 with wet hair, then.",
               when="2028-05-29T07:12:30Z",
               metrics={"retweet_count": 640, "reply_count": 480, "like_count": 11_900, "quote_count": 70})
    SC("qf-big-reach-presenter-rescheduled", "big-reach", tasha, expect(RP, "high", "bookings", "indirect"),
       note="820k followers, a real complaint during the app failure; the handle in the middle of a post to everyone")
    SC("qf-chatter-not-just-you", "third-party-chatter",
       tw("ellie_p_qf", "@tashamorgan_qf it's not just you, Quiff's app has double booked half of Kelsby this morning. they're taking walk-ins if you ring the salon direct",
          reply_to=tasha, when="2028-05-29T07:31:52Z"),
       expect(MON, "low", "bookings", "third_party"), note="a stranger's reassurance in someone else's thread")
    SC("qf-spam-fake-support-presenter", "spam",
       tw("QuiffCare_qf", "@tashamorgan_qf Hi Tasha 👋 Quiff Salons support here ✅ so sorry! We can refund your deposit straight away, just DM us your card number, expiry and the 3 digits on the back to verify 🙏",
          reply_to=tasha, when="2028-05-29T07:40:15Z"),
       expect(IGN, "low", "fees", "third_party"), note="an impersonator under a big account's post, fishing for card details")
    lauren = tw("lauren_b_qf", f"@{B} turned up for my 9am at Merriton and someone's already in my chair. your app said I was booked, the salon says the app moved me to thursday without telling me?? and now it won't load at all",
                when="2028-05-29T08:04:12Z")
    SC("qf-complaint-double-booked-chair", "complaint-direct", lauren, expect(RP, "high", "bookings", "direct"),
       note="the booking app is failing for everyone this morning: an outage, and she's been turned away", known_miss="round 15, not met yet: priority: want \"high\", got normal; the engine read: addressed to @QuiffSalons | complaint (0.82) | topic bookings: 'app', 'apps', 'booking', 'booked', 'won't load'")
    lauren_brand = tw(B, f"@lauren_b_qf Lauren, I'm so sorry. This morning's app update has double booked some slots and the app is down while we fix it. I've rung Merriton: Jade can do you at 10:30 today if that works? Any no-show fee will be wiped.",
                      reply_to=lauren, when="2028-05-29T08:15:40Z")
    SC("qf-thread-lauren-squeezed-in", "thread-with-brand",
       tw("lauren_b_qf", "10:30 is perfect, they've squeezed me in and the coffee's on them. thank you for coming back so fast 🙏",
          reply_to=lauren_brand, when="2028-05-29T08:27:03Z"),
       expect(RP, "low", None, "direct"), note="thanks in the brand's thread, no @")
    status = tw(B, "🔧 Our booking app isn't loading for many of you since this morning's update, and some slots have been double booked. Salons are open and walk-ins are welcome: please ring your salon to check your time. Next update by 11am.",
                when="2028-05-29T08:40:00Z")
    SC("qf-brand-own-app-status", "brand-own-post", status, expect(IGN, "low", "bookings", "none"))
    SC("qf-repost-app-status", "repost", tw("ellie_p_qf", "", retweet=status, when="2028-05-29T08:46:21Z"),
       expect(IGN, "low", "bookings", "indirect"))
    SC("qf-sarcasm-share-the-chair", "sarcasm-customer",
       tw("rich_o_qf", "love that quiff's shiny new app booked me AND a total stranger into the same 8:30 slot. very efficient. we can share the chair I suppose 🙃",
          when="2028-05-29T08:52:47Z"),
       expect(RP, "high", "bookings", "indirect"), note="lower case, no tag, sarcasm about his own booking during the app failure", known_miss="round 15, not met yet: action: want \"respond_public\", got ignore; priority: want \"high\", got low; addressed: want \"indirect\", got none; the engine read: 'quiff' is used as an ordinary word | topic bookings: 'app', 'apps', 'booking', 'booked', 'slot', 'slots'")
    SC("qf-in-passing-bank-holiday-bingo", "complaint-in-passing",
       tw("poppy_h_qf", f"bank holiday bingo: rain ✅ dog sick on the rug ✅ @{B} app crashed halfway through booking the kids' haircuts and now it won't load ✅ wine at 10am ✅",
          when="2028-05-29T09:05:18Z"),
       expect(RP, "high", "bookings", "indirect"), note="the brand tagged in the middle of a list, during the app failure", known_miss="round 15, not met yet: priority: want \"high\", got normal; the engine read: tags @QuiffSalons in a post to everyone | complaint (0.78) | topic bookings: 'app', 'apps', 'crash', 'crashed', 'crashing', 'booking', 'bookings', 'booked', 'won't load'")
    meg = tw("meg_t_qf", "what's everyone up to this bank holiday? we've got a bbq at 2 if anyone's about 🍔", when="2028-05-29T08:30:00Z")
    hollie = tw("hollie_s_qf", "@meg_t_qf was meant to be getting my roots done this morning but Quiff's app double booked me and I got sent home. fuming. see you at 2",
                reply_to=meg, when="2028-05-29T09:11:36Z")
    SC("qf-venting-sent-home-bbq", "third-party-venting", hollie, expect(MON, "low", "bookings", "third_party"),
       note="venting to a friend in her thread, brand not tagged: don't butt in")
    SC("qf-de-app-stuerzt-ab", "non-english",
       tw("katrin_w_qf", f"@{B} Die App stürzt seit dem Update ständig ab und meine Buchung für heute um 11 ist einfach weg. Ich sollte Strähnchen bekommen. Ist die Buchung noch gültig oder nicht?",
          lang="de", when="2028-05-29T09:34:27Z"),
       expect(RP, "high", "bookings", "direct"), note="German: the app keeps crashing and her booking is gone, during the failure", known_miss="round 15, not met yet: priority: want \"high\", got normal; the engine read: addressed to @QuiffSalons | complaint (0.50) | topic bookings: 'app', 'apps', 'update', 'buchung'")
    SC("qf-it-prenotazione-cancellata", "non-english",
       tw("francesca_qf", f"@{B} Buongiorno, l'app dice che la mia prenotazione di oggi è stata cancellata ma nessuno mi ha avvisato, e adesso non carica più. Devo venire lo stesso?",
          lang="it", when="2028-05-29T09:48:03Z"),
       expect(RP, "high", "bookings", "direct"), note="Italian: her booking cancelled by the app, which no longer loads", known_miss="round 15, not met yet: priority: want \"high\", got normal; the engine read: addressed to @QuiffSalons | a question | topic bookings: 'l'app', 'prenotazione', 'cancellata', 'non carica'")
    allclear = tw(B, "✅ The app is working again and every double booking is being sorted by our salon teams today. If the app charged you a fee for a slot it moved, you don't need to do anything: it comes back to your card automatically within 5 days. 👉 {url:https://quiff.example/status}",
                  when="2028-05-29T11:40:00Z")
    SC("qf-q-reply-deposit-too", "question-in-reply-to-brand",
       tw("priya_n_qf", "does that cover the £15 deposit as well? it came off my card when I booked and I never got my colour because someone else was in my chair",
          reply_to=allclear, when="2028-05-29T12:02:44Z"),
       expect(RP, "normal", "fees", "direct"), note="a question under the brand's post, no @")
    SC("qf-quote-small-number-kelsby", "quote",
       tw("jade_k_qf", "'some slots' 🙃 there are three of us sat in the Kelsby waiting room all booked for 12 with the same stylist. the app says all three of us are confirmed",
          quote=status, when="2028-05-29T12:15:11Z"),
       expect(RP, "high", "bookings", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; her own double booking during the failure, though some would call it normal")
    SC("qf-common-wind-wrecked-quiff", "common-word",
       tw("gus_w_qf", "spent 40 minutes and half a tin of pomade on this quiff for the bank holiday bbq and the wind flattened it in four seconds flat 💨",
          when="2028-05-29T13:20:41Z"),
       expect(IGN, "low", None, "none"), note="the hairstyle, with words that sound like a salon")
    SC("qf-hotline-praise-rebooked-family", "public-hotline-number",
       tw("aisha_r_qf", "whoever picked up Quiff's 0808 157 0486 line this morning and rebooked me, my mum and both kids after the app mess: you're a star. sorted in five minutes",
          when="2028-05-29T14:05:09Z"),
       expect(RP, "low", "bookings", "indirect"), strict=False, note="praise quoting the brand's own helpline")

    # ---- Tuesday 30 May: no-show fees charged by the bug; fake refund accounts --------------------
    dan = tw("dan_m_qf", f"@{B} you've charged me a £20 no-show fee for a slot I cancelled in the app on Friday. I've got the cancellation email right here. I want my £20 back please",
             when="2028-05-30T07:45:22Z")
    SC("qf-complaint-no-show-fee-cancelled", "complaint-direct", dan, expect(RP, "normal", "fees", "direct"))
    dan_brand = tw(B, "@dan_m_qf Dan, that's our mistake: the update wrongly charged no-show fees to people who had cancelled. I've refunded your £20 this morning, it should be back on your card in 3–5 working days. Reply here if it isn't.",
                   reply_to=dan, when="2028-05-30T08:02:10Z")
    SC("qf-private-customer-number-email", "private-details",
       tw("sam_f_qf", f"@{B} same here, £25 no-show fee charged twice for the same cancelled slot. customer number QS-448213, email sam.fenwick@mailbox.example. please refund both",
          when="2028-05-30T08:20:37Z"),
       expect(RV, "normal", "fees", "direct"), note="a customer number and an email address in public")
    SC("qf-sarcasm-gift-that-keeps-giving", "sarcasm-customer",
       tw("bex_d_qf", "thanks Quiff for the £20 'no-show' fee for the appointment YOUR app cancelled on me. really is the bank holiday present that keeps on giving 🙂",
          when="2028-05-30T08:41:55Z"),
       expect(RP, "normal", "fees", "indirect"), note="'thanks' meaning the opposite, brand named without a tag", known_miss="round 15, not met yet: priority: want \"normal\", got high; the engine read: names Quiff in a post to everyone | describes their own experience | sarcasm (irony 0.83) from a customer: a complaint | loss of service | topic fees: 'no-show fee', 'no-show', 'fee', 'fees', an amount of money")
    SC("qf-spam-fake-refund-desk", "spam",
       tw("QuiffRefund_qf", "💷 Charged a no-show fee by the Quiff Salons app glitch? Get your refund in 2 minutes! Enter your card details here to receive your money 👉 {url:https://quiff-refunds.example/claim}",
          when="2028-05-30T09:00:00Z"),
       expect(IGN, "low", "fees", "indirect"), note="a fake refund account phishing for card details in the brand's name")
    nora = tw("nora_c_qf", f"@{B} is @QuiffRefund_qf really you? they've sent me a message saying they'll refund the fee if I give them my card number. my granddaughter says not to",
              when="2028-05-30T09:22:18Z")
    SC("qf-question-is-refund-account-you", "question", nora, expect(RP, "normal", "fees", "direct"),
       note="a customer checking before she hands over her card")
    scam = tw(B, "⚠️ Accounts calling themselves 'Quiff refunds' are asking for card details. That's not us. Wrongly charged fees come back to your card automatically: we will never ask for card numbers here or by DM. Gave your details? Call your bank now.",
              when="2028-05-30T10:00:00Z")
    SC("qf-brand-own-scam-warning", "brand-own-post", scam, expect(IGN, "low", "fees", "none"))
    SC("qf-repost-scam-warning", "repost", tw("carly_j_qf", "", retweet=scam, when="2028-05-30T10:07:33Z"),
       expect(IGN, "low", "fees", "indirect"))
    SC("qf-q-reply-refund-text-real", "question-in-reply-to-brand",
       tw("lucy_g_qf", "so is the text I got from 'Quiff' at 9 real or not? it says my refund is waiting and has a link asking me to confirm my card. I haven't clicked it",
          reply_to=scam, when="2028-05-30T10:18:49Z"),
       expect(RP, "normal", "fees", "direct"), note="a question under the brand's post, no @")
    SC("qf-private-fraud-card-phone", "private-details",
       tw("nina_h_qf", f"@{B} I gave that refund account my card 4111 1111 1111 1111 last night before I saw your warning and £340 has gone out this morning. the bank wants a letter from you. please ring me on 07700 900563",
          when="2028-05-30T10:35:06Z"),
       expect(RV, "high", "fees", "direct"), note="money lost to fraud, with a card number and a phone number in public")
    SC("qf-spam-recovery-agents", "spam",
       tw("getback_qf", "Lost money to the Quiff refund scam? 💸 Our certified recovery agents get it back in 24h. 100% success, no upfront fee ✅ DM us now",
          when="2028-05-30T11:30:00Z"),
       expect(IGN, "low", "fees", "indirect"), note="'fund recovery' riding on the scam story")
    ryan = tw("ryan_h_qf", "anyone else had a text saying they're owed a refund from a hair place? says click to claim £20", when="2028-05-30T11:40:00Z")
    SC("qf-chatter-dont-click", "third-party-chatter",
       tw("carly_j_qf", "@ryan_h_qf don't click it! that's the fake Quiff refund scam going round Merriton. the real Quiff refunds go back to your card on their own",
          reply_to=ryan, when="2028-05-30T11:52:29Z"),
       expect(MON, "low", "fees", "third_party"), note="a stranger's advice in someone else's thread")
    SC("qf-legal-trading-standards-fees", "legal-threat-not-urgent",
       tw("hana_k_qf", f"@{B} third no-show fee this month for bookings YOUR app moved. I've reported you to Trading Standards and I'm raising a chargeback with my bank for every single one.",
          when="2028-05-30T12:40:14Z"),
       expect(RP, "high", "fees", "direct"), note="a regulator threat and a repeated problem: a strong complaint, not urgent")
    SC("qf-abuse-half-finished-fade", "abuse-with-problem",
       tw("mark_e_qf", f"@{B} you absolute clowns. double booked me yesterday, sent me home with half a fade and your app still says I'm booked in for a slot that doesn't exist. sort your bloody app out",
          when="2028-05-30T13:15:40Z"),
       expect(RP, "high", "bookings", "direct"), note="rude, with a real problem")
    SC("qf-complaint-orange-balayage", "complaint-direct",
       tw("mandy_v_qf", f"@{B} paid £145 for balayage at Dunmere on Saturday and came out with orange stripes. the toner did nothing. can someone fix it before my sister's wedding?",
          when="2028-05-30T14:02:33Z"),
       expect(RP, "normal", "colour", "direct"))
    SC("qf-nl-no-show-boete", "non-english",
       tw("lotte_d_qf", f"@{B} Ik had netjes geannuleerd, maar jullie hebben toch een no-show boete van £20 afgeschreven. Ik wil mijn geld terug, graag vandaag nog.",
          lang="nl", when="2028-05-30T14:30:51Z"),
       expect(RP, "normal", "fees", "direct"), note="Dutch: a no-show fine taken for a cancelled slot")
    SC("qf-pl-oplata-zwrot", "non-english",
       tw("marta_z_qf", f"@{B} Pobrali mi opłatę 20 funtów za nieobecność, a wizytę odwołałam dzień wcześniej w aplikacji. Proszę o zwrot.",
          lang="pl", when="2028-05-30T15:12:07Z"),
       expect(RP, "normal", "fees", "direct"), note="Polish: a fee for a slot she had cancelled the day before")
    SC("qf-namesake-pomade-review", "namesake",
       tw("beauty_tom_qf", "Quiff Pomade Co.'s new matte clay is the best £12 I've spent all year. Holds a side part all day, even in the rain, washes out with one go 💈 9/10",
          when="2028-05-30T16:00:00Z"),
       expect(IGN, "low", None, "none"), note="a pomade maker from another firm")
    SC("qf-common-tintin-load-bearing", "common-word",
       tw("tintinfan_qf", "Tintin's quiff has survived a shipwreck, a yeti, a plane coming down in the desert and a trip to the moon. that thing is load-bearing",
          when="2028-05-30T19:30:12Z"),
       expect(IGN, "low", None, "none"), note="the cartoon hairstyle; disasters in a comic")

    # ---- Wednesday 31 May: a severe reaction to hair dye at Kelsby ------------------------------
    chloe = tw("chloe_a_qf", f"@{B} hi, had my colour done at Kelsby yesterday and woke up with my eyelids and forehead really swollen and the back of my scalp weeping. bit itchy too. is that normal? should I just take an antihistamine and wait it out?",
               when="2028-05-31T06:40:18Z")
    SC("qf-safety-swollen-weeping-after-colour", "safety-urgent", chloe, expect(RP, "urgent", "safety", "direct"),
       note="written calmly, but facial swelling after hair dye can turn into a reaction that closes the airway")
    chloe_brand = tw(B, "@chloe_a_qf Chloe, please don't wait it out: swelling like that needs a doctor today. Call 111 now, and if your lips or throat swell or your breathing changes, call 999. We're ringing you in the next few minutes.",
                     reply_to=chloe, when="2028-05-31T06:46:02Z")
    SC("qf-brand-reply-chloe-111", "brand-own-post", chloe_brand, expect(IGN, "low", "safety", "none"))
    SC("qf-thread-chloe-at-a-and-e", "thread-with-brand",
       tw("chloe_a_qf", "at a&amp;e now. they say it's an allergic reaction to the PPD in the dye and have given me steroids. face like a balloon and my throat feels tight. nobody gave me a patch test",
          reply_to=chloe_brand, when="2028-05-31T08:15:44Z"),
       expect(RP, "urgent", "safety", "direct"), note="still reacting, with a tight throat: the risk is not over")
    SC("qf-safety-lips-tingly-lower-case", "safety-urgent",
       tw("georgia_l_qf", "lips have gone all tingly and my throat feels a bit swolen and funny since the dye at quiff this morning. prob nothing lol, just gonna lie down for a bit 🤷‍♀️",
          when="2028-05-31T11:05:29Z"),
       expect(RP, "urgent", "safety", "indirect"), note="lower case and shrugged off, but lips and throat after hair dye: possible anaphylaxis")
    SC("qf-es-cara-hinchada", "non-english",
       tw("sofia_m_qf", f"@{B} Hola, ayer me hicieron el tinte en Dunmere y hoy tengo la cara hinchada y me cuesta un poco respirar. ¿Es normal? No quiero exagerar",
          lang="es", when="2028-05-31T11:20:55Z"),
       expect(RP, "urgent", "safety", "direct"), note="Spanish: a swollen face and trouble breathing after hair dye, played down")
    SC("qf-fr-cloques-decoloration", "non-english",
       tw("claire_f_qf", f"@{B} Bonjour, ma fille (16 ans) a fait une décoloration samedi chez vous à Rooksby. Elle a des cloques sur le cuir chevelu et elle dit que ça brûle. On doit aller chez le médecin ?",
          lang="fr", when="2028-05-31T11:42:38Z"),
       expect(RP, "urgent", "safety", "direct"), note="French: blisters and burning on a teenager's scalp after bleach")
    nat = tw("nat_b_qf", "drinks tonight? the usual place at 7? 🍸", when="2028-05-31T12:00:00Z")
    SC("qf-safety-in-thread-bleach-burns", "safety-urgent",
       tw("leah_w_qf", "@nat_b_qf can't tonight babe, the bleach at Quiff this morning has left burns all down the back of my neck and they're starting to blister. off to get it looked at 😩 have one for me",
          reply_to=nat, when="2028-05-31T12:40:26Z"),
       expect(ANY, "urgent", "safety", "third_party"),
       note="a chemical burn told in a friend's thread without a tag: whether to step in is a judgement, but the priority is strict")
    mel = tw("mel_r_qf", "thinking of going red for summer 🍒 anyone tried Quiff in Kelsby for colour?", when="2028-05-31T13:00:00Z")
    SC("qf-venting-patchy-brassy", "third-party-venting",
       tw("jo_q_qf", "@mel_r_qf I went to the Quiff in Ashcombe in April and the colour came out patchy and brassy, took two more visits to fix it. wouldn't go back tbh",
          reply_to=mel, when="2028-05-31T13:21:09Z"),
       expect(MON, "low", "colour", "third_party"), note="a customer's bad experience in someone else's thread: don't butt in")
    SC("qf-medical-nut-allergy-epipen", "medical-urgent",
       tw("zara_p_qf", f"@{B} quick one before Saturday: do you use almond or argan oil in the wash or the blow-dry products? I've got a severe nut allergy, had anaphylaxis once and carry an epipen. don't want to be that person but I have to ask",
          when="2028-05-31T16:12:40Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question about a life-threatening allergy")
    SC("qf-question-patch-test-timing", "question",
       tw("bella_t_qf", f"@{B} how long before a colour do I need the patch test? going blonde for the first time next month and want to get it right",
          when="2028-05-31T17:30:15Z"),
       expect(RP, "normal", "colour", "direct"), note="a plain question about the procedure, nothing has gone wrong")
    SC("qf-namesake-horse-fell", "namesake",
       tw("RaceDay_qf", "Quiff fell at the last in the 5:20 at Kelsby. Horse and jockey both up and walking back, thank goodness. Stewards are looking at the fence 🐎",
          when="2028-05-31T17:52:00Z"),
       expect(IGN, "low", "safety", "none"), note="a racehorse called Quiff; a fall, but not the salons'")
    SC("qf-common-baby-quiff", "common-word",
       tw("babyjoy_qf", "Theo woke up from his nap with a full Elvis quiff and I have never laughed so hard. five months old and more hair than his dad 😂",
          when="2028-05-31T18:45:33Z"),
       expect(IGN, "low", None, "none"), note="a baby's tuft of hair")

    # ---- Thursday 1 June: the reaction makes the news; threats ----------------------------------
    SC("qf-news-local-paper-reaction", "news-monitor",
       tw("KelsbyPost_qf", "A Kelsby woman was treated in hospital after a severe allergic reaction to hair dye applied at a Quiff salon. The chain says it is reviewing what happened. {url:https://kelsbypost.example/news/quiff-dye-reaction}",
          when="2028-06-01T07:00:00Z"),
       expect(MON, "low", "safety", "indirect"), note="news of a reaction that has been dealt with: monitor")
    ce = tw("ConsumerEye_qf", "Tonight at 8: three Quiff Salons customers tell us about allergic reactions to hair dye, one of them ended up in hospital. Were the skin tests skipped to save time? {url:https://consumereye.example/quiff}",
            when="2028-06-01T12:00:00Z",
            metrics={"retweet_count": 1_900, "reply_count": 1_100, "like_count": 8_700, "quote_count": 350})
    SC("qf-news-consumer-programme", "news-monitor", ce, expect(MON, "low", "safety", "indirect"),
       note="a big consumer programme's story about the brand: monitor, not a customer case")
    stmt = tw(B, "We're deeply sorry about the reaction a customer had after a colour at our Kelsby salon. From today a patch test 48 hours before every colour is compulsory, no exceptions, and we're retraining every colourist. Worried? Talk to us 👉 {url:https://quiff.example/patch-test}",
              when="2028-06-01T13:00:00Z")
    SC("qf-brand-own-patch-test-statement", "brand-own-post", stmt, expect(IGN, "low", "colour", "none"))
    SC("qf-quote-statement-never-patch-tested", "quote",
       tw("jo_q_qf", "'compulsory' 🙃 I've had my colour done at Ashcombe six times since January and not once been given a patch test. so what was the rule before?",
          quote=stmt, when="2028-06-01T13:25:48Z"),
       expect(RP, "normal", "colour", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; her own colour visits, nothing has gone wrong")
    SC("qf-chatter-dye-story-at-work", "chatter-monitor",
       tw("mel_r_qf", "whole office talking about the Quiff hair dye story today. glad I'm a natural brunette and a natural disaster, no dye for me 😅",
          when="2028-06-01T13:40:12Z"),
       expect(MON, "low", "colour", "indirect"), note="talk about the news, nothing to answer; 'disaster' is a joke", known_miss="round 15, not met yet: action: want \"monitor\", got respond_public; priority: want \"low\", got normal; the engine read: names Quiff in a post to everyone | describes their own experience | sarcasm (irony 0.60) from a customer: a complaint | topic colour: 'hair dye', 'dye'")
    SC("qf-legal-personal-injury-claim", "legal-threat-not-urgent",
       tw("olivia_n_qf", f"@{B} I had a reaction to your dye in March: face swollen for a week, no patch test then either. Reading the Kelsby Post today, I've had enough. My solicitor is sending you a letter about a personal injury claim.",
          when="2028-06-01T14:00:55Z"),
       expect(RP, "high", "safety", "direct"), note="a legal threat about a reaction that is over: strong, not urgent", known_miss="round 15, not met yet: priority: want \"high\", got urgent; topic: want \"safety\", got colour; the engine read: addressed to @QuiffSalons | complaint (0.56) | a medical need: urgent | topic colour: 'dye', 'patch test', 'patch tests'")
    SC("qf-threat-stylist-car", "threat-urgent",
       tw("mark_e_qf", "that stylist at Quiff Dunmere who butchered my fringe on Saturday better watch her back when she locks up tonight. I know which car is hers",
          when="2028-06-01T14:10:21Z"),
       expect(ANY, "urgent", "cuts", "indirect"), note="a threat against a stylist with a complaint: only the priority is strict")
    SC("qf-threat-man-knife-barber", "threat-urgent",
       tw("omar_s_qf", f"@{B} a man in the waiting area at your Kelsby barbers just threatened to stab the barber because he had to wait 20 minutes. he's outside now shouting and the staff have locked the door. police are on the way",
          when="2028-06-01T16:45:03Z"),
       expect(RP, "urgent", "safety", "direct"), note="a threat of violence against the brand's staff, happening now")
    SC("qf-safety-harassed-during-shave", "safety-urgent",
       tw("alana_qf", f"@{B} the barber at Rooksby kept touching my thigh during my shave and asked for my address. I felt scared and harassed and I left with half my face done. is this how your staff behave?",
          when="2028-06-01T17:30:44Z"),
       expect(RP, "urgent", "safety", "direct"), note="a customer harassed by a member of staff")
    SC("qf-safety-straighteners-burn-ear", "safety-urgent",
       tw("harriet_b_qf", f"@{B} stylist at Merriton caught the top of my ear with the straighteners during my blow-dry. it's come up in a big blister and it's still burning 3 hours later. it's a proper burn. what should I put on it?",
          when="2028-06-01T17:50:19Z"),
       expect(RP, "urgent", "safety", "direct"), note="a burn from a hot tool, asked calmly")
    SC("qf-namesake-dog-groomer", "namesake",
       tw("groomer_fan_qf", "Biscuit is back from Quiff Dog Grooming in Rooksby with a teddy-bear trim and a little bandana and honestly he knows he looks good 🐶",
          when="2028-06-01T19:00:25Z"),
       expect(IGN, "low", "cuts", "none"), note="a dog groomer called Quiff; a trim, but for a dog")

    # ---- Friday 2 June: repeats, refunds, a razor nick that won't stop bleeding --------------------
    SC("qf-repeat-fee-still-not-back", "repeat-contact",
       tw("dan_m_qf", "it's Friday. the £20 still isn't back and this morning the app charged me ANOTHER no-show fee, for a slot at 9 today that I never booked",
          reply_to=dan_brand, when="2028-06-02T07:50:11Z"),
       expect(RP, "high", "fees", "direct"), note="back in the brand's thread: the promise was not kept and it has happened again")
    SC("qf-in-passing-friday-round-up", "complaint-in-passing",
       tw("nina_h_qf", f"friday round-up: train cancelled ✅ laptop died mid-meeting ✅ @{B} charged me a no-show fee for a slot I moved weeks ago ✅ still waiting on the bank about the scam money ✅ weekend please",
          when="2028-06-02T07:58:14Z"),
       expect(RP, "normal", "fees", "indirect"), note="the brand tagged in the middle of a list of bad things")
    SC("qf-repeat-colour-correction-third-time", "repeat-contact",
       tw("mandy_v_qf", f"@{B} third time asking. you said someone would ring to book my colour correction after the orange balayage. nobody has. the wedding is tomorrow",
          when="2028-06-02T08:30:27Z"),
       expect(RP, "high", "colour", "direct"), note="the third contact about the same problem")
    SC("qf-safety-razor-nick-blood-thinners", "safety-urgent",
       tw("vince_l_qf", f"@{B} barber at Kelsby nicked my neck with the cut-throat this morning, tiny thing, but it's still bleeding through the plaster 4 hours later. I'm on blood thinners. just tell me if that's normal",
          when="2028-06-02T13:15:52Z"),
       expect(RP, "urgent", "safety", "direct"), note="bleeding that won't stop in a man on blood thinners, played down")
    SC("qf-medical-asthma-bleach-fumes", "medical-urgent",
       tw("kirsty_m_qf", f"@{B} the bleach fumes in your Dunmere salon set off my son's asthma while I was in the chair. he's had his inhaler twice in the car and he's still wheezing. he's 8",
          when="2028-06-02T13:30:08Z"),
       expect(RP, "urgent", "safety", "direct"), note="a child with asthma still wheezing after two doses")
    SC("qf-medical-chemo-shave-down", "medical-urgent",
       tw("pauline_r_qf", f"@{B} my mum's started chemotherapy and her hair's coming out in handfuls. could someone do a gentle shave-down in a private room? her immune system is very low so she can't sit in a busy salon",
          when="2028-06-02T13:50:33Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm request shaped by a medical need")
    SC("qf-praise-lethal-fade", "praise",
       tw("rich_o_qf", "the lad at the Kelsby Quiff absolutely murdered this skin fade. lethal. sharpest I've looked in years 🔥 10/10",
          when="2028-06-02T14:10:19Z"),
       expect(RP, "low", "cuts", "indirect"), note="'murdered' and 'lethal' are praise for a haircut", known_miss="round 15, not met yet: action: want \"respond_public\", got ignore; addressed: want \"indirect\", got none; the engine read: 'Kelsby Quiff' is another entity, not the brand | topic cuts: 'skin fade', 'fade'")
    SC("qf-praise-past-reaction-caught-early", "praise",
       tw("lucy_g_qf", f"@{B} reading the news this week reminded me: three years ago your Merriton team spotted my reaction to a dye early and got me to a&amp;e before it got bad. been going to Jade ever since, just booked my 50th visit with her 💜",
          when="2028-06-02T14:40:02Z"),
       expect(RP, "low", "safety", "direct"), note="thanks; the reaction was three years ago and is long over, so not urgent", known_miss="round 15, not met yet: priority: want \"low\", got urgent; the engine read: addressed to @QuiffSalons | complaint (0.41) | a medical need: urgent | topic safety: 'reaction', 'reactions', 'a&e'")
    kaz = tw("CoachKaz_qf", f"Got my beard trimmed at the Merriton @{B} before the cup final coverage and the lad has given me half a beard. One side Kaz, other side a stranger. On air in 3 hours 😂😭",
             when="2028-06-02T15:00:40Z",
             metrics={"retweet_count": 2_300, "reply_count": 1_700, "like_count": 41_000, "quote_count": 290})
    SC("qf-big-reach-pundit-half-beard", "big-reach", kaz, expect(RP, "high", "cuts", "indirect"),
       note="1.15m followers, a real complaint with a laugh; the handle in the middle of a post to everyone")
    SC("qf-joke-quiffed-up", "joke-bystander",
       tw("gaz_l_qf", "@CoachKaz_qf should've asked them for a quiff instead, at least that's on the sign above the door 💇‍♂️😂",
          reply_to=kaz, when="2028-06-02T15:14:08Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun on the name under someone else's post")
    SC("qf-joke-sick-burn", "joke-bystander",
       tw("punchline_qf", "@CoachKaz_qf imagine getting roasted by your own barber. Quiff with the sick burn there 🔥",
          reply_to=kaz, when="2028-06-02T15:20:51Z"),
       expect(IGN, "low", "safety", "third_party"), note="'sick burn' is a joke, not an injury", known_miss="round 15, not met yet: action: want \"ignore\", got monitor; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in | topic safety: 'burn', 'burns'")
    SC("qf-indirect-shampoo-order", "complaint-indirect",
       tw("liz_t_qf", "ordered three bottles of the Quiff argan shampoo from their online shop two weeks ago for mum's birthday. parcel still not dispatched and nobody answers emails. birthday's Sunday",
          when="2028-06-02T15:35:47Z"),
       expect(RP, "normal", "products", "indirect"), note="her own complaint, brand named without a tag")
    SC("qf-indirect-saloons-typo-colour", "complaint-indirect",
       tw("maya_o_qf", "quiff saloons gave me green highlights and charged me £90 for the privilege. asked for ash blonde. ASH BLONDE",
          when="2028-06-02T16:40:36Z"),
       expect(RP, "normal", "colour", "indirect"), note="lower case and 'saloons', no tag; her own colour gone wrong", known_miss="round 15, not met yet: topic: want \"colour\", got fees; the engine read: names Quiff in a post to everyone | describes their own experience | complaint (0.29) | topic fees: 'charged', 'charge', 'charges', an amount of money")
    SC("qf-html-booking-confirmation", "html-entities",
       tw("webdev_ash_qf", f"@{B} my booking confirmation says 'See you at &lt;b&gt;{{{{salon.name}}}}&lt;/b&gt; on &lt;%= booking.date %&gt;'. so where and when am I booked? would like to actually turn up",
          when="2028-06-02T17:10:15Z"),
       expect(RP, "normal", "bookings", "direct"), note="a broken template in the confirmation, delivered escaped")
    SC("qf-hotline-on-hold-fee", "public-hotline-number",
       tw("kev_t_qf", f"@{B} rang 0808 157 0486 five times since Tuesday about the no-show fee you charged me. 40 minutes on hold each time then cut off. is anyone there?",
          when="2028-06-02T18:02:30Z"),
       expect(RP, "high", "fees", "direct"), strict=False,
       note="the brand's own helpline is not a private detail; five failed calls make it a repeated complaint")
    SC("qf-common-kill-for-elvis-quiff", "common-word",
       tw("elvisnight_qf", "I would honestly kill for a quiff like Elvis had in '56. forty years of trying and mine still gives up by the second encore 🎤",
          when="2028-06-02T20:10:44Z"),
       expect(IGN, "low", "safety", "none"), note="'kill for' is a figure of speech about the hairstyle")

    # ---- Saturday 3 June: the rockabilly weekender, praise, gift cards ---------------------------
    SC("qf-common-best-quiff-contest", "common-word",
       tw("Weekender_qf", "Best Quiff contest at 3pm on the main stage 🎸 judged on height, shine and staying power. Barbers on site from 10 for touch-ups. Grease up, cats!",
          when="2028-06-03T08:00:00Z"),
       expect(IGN, "low", None, "none"), note="a hairstyle contest; 'barbers on site' sounds like the business", known_miss="round 15, not met yet: action: want \"ignore\", got respond_public; priority: want \"low\", got high; addressed: want \"none\", got indirect; the engine read: names Quiff in a post to everyone | sarcasm (irony 0.51) from a customer: a complaint | author reach: 11k followers")
    SC("qf-namesake-band-on-fire", "namesake",
       tw("rockabilly_qf", "QUIFF are on at 9 tonight at the Weekender and they are going to set the place on fire 🔥🎸 do not miss the double bass solo",
          when="2028-06-03T09:30:00Z"),
       expect(IGN, "low", "safety", "none"), note="the band; 'set the place on fire' is a good gig", known_miss="round 15, not met yet: action: want \"ignore\", got respond_public; priority: want \"low\", got urgent; addressed: want \"none\", got indirect; the engine read: names Quiff in a post to everyone | a danger to health or safety: urgent | topic safety: 'fire'")
    SC("qf-namesake-striker", "namesake",
       tw("deano_qf", "DANNY QUIFF. 89th minute. Header. Dunmere Rovers are staying up!!! ⚽⚽",
          when="2028-06-03T16:52:10Z"),
       expect(IGN, "low", None, "none"), note="a footballer's surname")
    SC("qf-praise-best-quiff-of-my-life", "praise",
       tw("elvisnight_qf", "the Dunmere Quiff gave me the best quiff of my life for the Weekender tonight. forty years I've been trying. whoever Marco is, thank you very much 🕺",
          when="2028-06-03T17:10:49Z"),
       expect(RP, "low", None, "indirect"), note="the brand and the hairstyle in one post: praise for the salon", known_miss="round 15, not met yet: action: want \"respond_public\", got ignore; addressed: want \"indirect\", got none; the engine read: 'Dunmere Quiff' is another entity, not the brand")
    SC("qf-question-gift-voucher-products", "question",
       tw("sarah_d_qf", f"@{B} can I use the balance on a gift voucher for products in the salon, or only for cuts and colours?",
          when="2028-06-03T17:25:18Z"),
       expect(RP, "normal", "gift_cards", "direct"))
    SC("qf-private-gift-card-address", "private-details",
       tw("jen_s_qf", f"@{B} the gift card I ordered for my bridesmaids was meant to go to 22 Orchard Row, Kelsby KL4 2PD but the voucher code went to an old address. my number is 07700 900218, can someone call me?",
          when="2028-06-03T17:48:02Z"),
       expect(RV, "normal", "gift_cards", "direct"), note="a home address and a phone number in public")
    SC("qf-abuse-gift-card-useless", "abuse-with-problem",
       tw("georgia_l_qf", f"@{B} you useless lot. my £60 gift card says the balance is £0 after one £15 trim and nobody in the salon knows why. three weeks of 'we'll look into it'. fix it",
          when="2028-06-03T18:05:31Z"),
       expect(RP, "high", "gift_cards", "direct"), note="rude, but money missing from her gift card for three weeks", known_miss="round 15, not met yet: priority: want \"high\", got normal; the engine read: addressed to @QuiffSalons | complaint (0.97) | topic gift_cards: 'gift card', 'gift cards', 'balance'")
    SC("qf-pt-cartao-presente-saldo", "non-english",
       tw("ines_c_qf", f"@{B} Boa tarde, comprei um cartão-presente de £50 para a minha mãe e o saldo aparece a zero antes de ela o usar. Podem verificar?",
          lang="pt", when="2028-06-03T18:20:44Z"),
       expect(RP, "normal", "gift_cards", "direct"), note="Portuguese: a gift card showing a zero balance")
    SC("qf-it-grazie-colore", "non-english",
       tw("francesca_qf", f"@{B} Grazie a Sara di Ashcombe per il colore di oggi: finalmente niente arancione dopo tre anni! Torno sicuramente",
          lang="it", when="2028-06-03T18:40:12Z"),
       expect(RP, "low", "colour", "direct"), note="Italian praise for a colour")
    SC("qf-spam-follower-selling", "spam",
       tw("growfast_qf", "Want your salon to grow like Quiff? ✂️📈 10k REAL followers for £19.99. Fast, safe, guaranteed. DM now 🔥",
          when="2028-06-03T19:10:00Z"),
       expect(IGN, "low", None, "indirect"), note="follower selling using the brand's name")

    # ---- Sunday 4 June --------------------------------------------------------------------------
    SC("qf-common-heat-killing-quiff", "common-word",
       tw("windy_jo_qf", "this heat is killing my quiff. 28 degrees on the prom and it's melted into a sad little wave. rockabilly is not a summer sport ☀️",
          when="2028-06-04T11:30:40Z"),
       expect(IGN, "low", "safety", "none"), note="the hairstyle in the heat; 'killing' is a figure of speech")
    SC("qf-common-asked-for-a-quiff", "common-word",
       tw("gaz_l_qf", "asked the barber for a quiff like Tintin and came out with a quiff like Snowy. my own fault for going to the one by the bus station 🐕",
          when="2028-06-04T11:45:08Z"),
       expect(IGN, "low", None, "none"), note="the hairstyle at another barber's; sounds like the business")
    SC("qf-chatter-fire-alarm-toast", "chatter-monitor",
       tw("chloe_a_qf", "fire alarm went off at the Merriton Quiff halfway through my mate's blow-dry because someone burnt toast in the staff room. stood on the pavement with half a head done 😂 all fine",
          when="2028-06-04T12:50:33Z"),
       expect(ANY, "low", "safety", "indirect"), note="a false alarm from burnt toast: nothing dangerous; monitor it or laugh along, either way low", known_miss="round 15, not met yet: addressed: want \"indirect\", got none; the engine read: 'Merriton Quiff' is another entity, not the brand | topic safety: 'fire', 'burnt'")
    SC("qf-es-flequillo-torcido", "non-english",
       tw("sofia_m_qf", f"@{B} Pedí un degradado y el flequillo largo, y el barbero me dejó el flequillo torcido y la nuca demasiado corto. ¿Me lo pueden arreglar esta semana?",
          lang="es", when="2028-06-04T13:25:19Z"),
       expect(RP, "normal", "cuts", "direct"), note="Spanish: a wonky fringe and a fade cut too short")
    SC("qf-de-straehnchen-gruen", "non-english",
       tw("katrin_w_qf", f"@{B} Nach dem Blondieren am Montag sind meine Strähnchen grün, ich habe 40 Minuten gewartet, keiner hat sich entschuldigt, und die Kopfhaut ist seitdem geschwollen, brennt und hat Blasen wie eine Verbrennung. Kann man das kostenlos korrigieren lassen?",
          lang="de", when="2028-06-04T14:02:47Z"),
       expect(RP, "urgent", "safety", "direct"), note="German: a long colour complaint with a swollen, blistered scalp in the middle of it, six days after the bleach")
    SC("qf-pt-bolhas-couro-cabeludo", "non-english",
       tw("ines_c_qf", f"@{B} A minha filha fez madeixas ontem em Kelsby e hoje tem o couro cabeludo cheio de bolhas e diz que arde muito. É normal? Devemos ir às urgências?",
          lang="pt", when="2028-06-04T15:30:06Z"),
       expect(RP, "urgent", "safety", "direct"), note="Portuguese: blisters and burning on a girl's scalp after highlights")
    SC("qf-html-e-gift-script", "html-entities",
       tw("sec_noor_qf", f"@{B} the e-gift email shows &lt;script&gt;document.write(voucher)&lt;/script&gt; where the code should be. is my gift card still valid and what's the balance?",
          when="2028-06-04T16:12:51Z"),
       expect(RP, "normal", "gift_cards", "direct"), note="hostile HTML around a real question; it arrives escaped")
    return brand


BRANDS["quiff-salons"] = ("QuiffSalons", 6078901245, build_quiff_salons)
