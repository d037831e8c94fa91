# Quarry Mobile: a made-up mobile phone network (SIM plans, phones on contract,
# roaming, signal, eSIM, an app, a few stores around Ashcombe). Exec'd inside
# make_data.py's namespace, so its helpers (user, tw, expect, SC, ...) are in scope.
#
# "Quarry" is also an ordinary word (a stone quarry, quarry tiles, a hawk's quarry),
# and Quarry Bank Mill, the Quarry Arms, the Quarry mobile library and Quarry Mobile
# Valeting are not the network. The expectations below were written from the
# README's conventions and PRODUCT.md, not from what the engine does.


def build_quarry_mobile():
    global CURRENT_BRAND, CLOCK
    brand = Brand("quarry-mobile", SCEN_DIR / "quarry-mobile.plan.toml", "QuarryMobile", 4034567803, 1861220000000000601)
    CURRENT_BRAND, CLOCK = brand, Clock("2026-12-07T08:40:00Z")
    B = "QuarryMobile"
    user(B, "Quarry Mobile", 4034567803,
         "Quarry Mobile help, 8am–10pm every day. We'll never ask for your PIN, PAC or PUK in public. Network status in the app.",
         84_200, following=1900, tweets=163_000, listed=410, verified=True)

    # Customers, bystanders, namesakes, press and spammers (X ids: 10 digits, 42...)
    user("lowri_beddoe", "Lowri Beddoe", 4210384756, "Freelance illustrator. Works from home in Ashcombe. Needs the internet, sadly.", 730)
    user("stoneface_stu", "Stu Kearney", 4229384710, "Puns. Mostly bad. Always free.", 1650)
    user("niall_odonovan", "Niall O'Donovan", 4218273645, "Bus driver. Knows everyone in Ashcombe.", 340)
    user("dean_whitcombe", "Dean Whitcombe", 4203948571, "Plasterer. Van, dog, mortgage.", 150)
    user("tasha_okoye", "Tasha Okoye", 4287362019, "Physio. Runner. Very angry today.", 610)
    user("martin_greaves", "Martin Greaves", 4239485016, "Retired engineer. Reads the small print.", 210)
    user("ros_calder", "Ros Calder", 4271829304, "Citizens Advice volunteer. Ask me about contracts.", 880)
    user("bex_lindqvist", "Bex Lindqvist", 4248573920, "Project manager. Lives on calls.", 420)
    user("femi_adewale", "Femi Adewale", 4293847105, "Junior designer. Chronically online.", 560)
    user("cormac_byrne", "Cormac Byrne", 4256473829, "Sourdough, cycling, mild outrage.", 390)
    user("anouk_reilly", "Anouk Reilly", 4265748392, "Just back from holiday, poorer.", 270)
    user("tony_quips", "Tony Pengelly", 4219283746, "Local wag. Thinks he's funny.", 980)
    user("imogen_sayer", "Imogen Sayer", 4284756392, "Voice notes are my love language.", 510)
    user("ruby_castellano", "Ruby Castellano", 4237485961, "Holloway Green. Nursing student.", 330)
    user("saoirse_mc", "Saoirse McAllister", 4276384910, "Planning trips I can't afford.", 640)
    user("hattie_bloom", "Hattie Bloom", 4240918273, "Been everywhere once.", 1120)
    user("kieran_mottram", "Kieran Mottram", 4291827364, "Electrician. Moving in with the girlfriend.", 180)
    user("yasmin_rahim", "Yasmin Rahim", 4258392016, "New phone who dis", 290)
    user("jo_prendergast", "Jo Prendergast", 4226374859, "Teacher. Phone-less for three weeks and counting.", 360)
    user("malcolm_fyfe", "Malcolm Fyfe", 4273849106, "Retired. Cruising while the knees still work.", 95)
    user("amaka_ibe", "Amaka Ibe", 4248193756, "Accountant. Hopeless with tech, honestly.", 470)
    user("ollie_brennan", "Ollie Brennan", 4262839104, "Gamer. Just moved to Millgate.", 730)
    user("sandra_kowal", "Sandra Kowal", 4205938471, "Care home cook. Persistent.", 130)
    user("marniereyes", "Marnie Reyes", 4201928374, "Singer. UK tour on now 🎤 Mum of two.", 1_240_000, following=820, listed=4100, verified=True)
    user("callum_dq", "Callum Drysdale", 4283746510, "Apprentice joiner. Rides the 43.", 240)
    user("zainab_h_", "Zainab Hussain", 4236475820, "Pharmacist. Switching networks, apparently.", 310)
    user("bryn_owens", "Bryn Owens", 4257381920, "Self-employed roofer. Needs his phone.", 170)
    user("gwen_harwood", "Gwen Harwood", 4291038475, "Semi-retired. Not a fan of apps.", 85)
    user("pete_ashworth", "Pete Ashworth", 4274829103, "Millgate. Dad of three.", 200)
    user("lauren_tse", "Lauren Tse", 4208374619, "Solicitor's assistant. On hold, probably.", 450)
    user("mags_fenton", "Margaret Fenton", 4263728190, "Retired dinner lady. Keeps an eye on the street.", 60)
    user("rhys_gatward", "Rhys Gatward", 4282910374, "Parent governor, Millgate Primary.", 520)
    user("kr_quietly", "K", 4230495817, "", 40)
    user("philippa_drury", "Philippa Drury", 4259304817, "Daughter, worrier, list-maker.", 230)
    user("janine_mcara", "Janine McAra", 4217384950, "Wife and full-time carer. Holloway Green.", 140)
    user("dani_whelan", "Dani Whelan", 4285930172, "Mum to a T1D superstar 💙 #T1D", 1380)
    user("shane_doyle_", "Shane Doyle", 4221039485, "", 70)
    user("ray_mottley", "Ray Mottley", 4270192837, "Wake up. Do your own research. No to 5G.", 2300)
    user("eleanor_quince", "Eleanor Quince", 4238172930, "Retired magistrate. Keeps copies of everything.", 410)
    user("trevor_bascombe", "Trevor Bascombe", 4292837465, "Taxi driver. Reads contracts now.", 260)
    user("jordan_pyke", "Jordan Pyke", 4246372819, "", 110)
    user("QuarryCareDesk", "Quarry Mobile Support", 4299182736, "Official 24/7 customer help ✅ DM or WhatsApp us!", 85, following=3200)
    user("lee_harkness", "Lee Harkness", 4213948576, "Forklift. Football. Fuming.", 90)
    user("growfast_media", "GrowFast Media 🚀", 4297384615, "Real followers. Real fast. Real cheap 📈", 7800, following=5000)
    user("quarry_rewards", "Quarry Mobile Rewards 🎁", 4298475610, "Exclusive giveaways for loyal customers 🎉", 2100, following=4900)
    user("quarryarmspub", "The Quarry Arms", 4222938475, "Real ale, Sunday roasts, quiz every Wednesday. Dogs welcome.", 1900)
    user("shelley_dunn", "Shelley Dunn", 4268394710, "Two cars, one dog, zero time.", 320)
    user("ashcombe_libs", "Ashcombe Libraries", 4234958172, "Your libraries in Ashcombe, Millgate and Holloway Green.", 3400)
    user("hetty_rambles", "Hetty Marlow", 4279102938, "Days out with small people.", 1250)
    user("claire_ventnor", "Claire Ventnor", 4245839201, "Lifeguard. Worrier. Hollow Crag.", 880)
    user("crimpy_cal", "Cal Hendricks", 4261029384, "Boulders, chalk, bad knees.", 2900)
    user("wren_photos", "Wren Aldous", 4289301746, "Birds, badly photographed.", 4600)
    user("TelecomWire", "TelecomWire", 4202938475, "News about the UK's phone and broadband networks.", 152_000, following=700, verified=True)
    user("AshcombeEcho", "Ashcombe Echo", 4215738291, "News for Ashcombe, Millgate and Holloway Green since 1884.", 24_600, following=900, verified=True)
    user("adbreak_annie", "Annie Forde", 4253829104, "I watch the adverts so you don't have to.", 3700)
    user("seren_tm", "Seren Thomas", 4266473829, "Holloway Green. Shares things.", 290)
    user("grandad_eric", "Eric Mowbray", 4227384916, "Grandad. Learning the Twitter.", 35)
    user("priti_desai", "Priti Desai", 4281920374, "Estate agent on Market Street. Always on the phone.", 690)
    user("alba_moreno_v", "Alba Moreno Vidal", 4250192837, "Enfermera. De Valencia a Ashcombe.", 260)
    user("margaux_lmn", "Margaux Lemoine", 4288301927, "Française à Ashcombe. Prof de maths.", 180)
    user("jonas_k_keller", "Jonas Keller", 4232819304, "Ingenieur. Seit 2024 in Millgate.", 150)
    user("giulia_ferri_", "Giulia Ferri", 4277301928, "Ricercatrice. Caffè e pioggia inglese.", 210)
    user("daan_bakker_", "Daan Bakker", 4211029384, "Nederlander in Ashcombe. Fietst overal.", 130)
    user("ines_carvalho_", "Inês Carvalho", 4294857102, "Enfermeira. Lisboa ↔ Ashcombe.", 240)
    user("gaz_millgate", "Gaz", 4267301948, "Millgate born and bred.", 55)
    user("tomas_byte", "Tomás Byrne", 4249583710, "Web dev. I notice broken pages.", 1800)

    # ---------------------------------------------------------------------
    # An outage thread: the customer, a joker, a helpful stranger, the brand,
    # and the customer coming back when the promised fix time has passed.
    # ---------------------------------------------------------------------
    lowri = tw("lowri_beddoe", f"@{B} no signal in the whole of Ashcombe since about 6am. calls wont connect, data's dead, phone just says SOS only. whats going on??")
    SC("qm-ashcombe-no-signal-since-6am", "complaint-direct", lowri, expect(RP, "high", "signal", "direct"),
       note="no service at all across a town: an outage")
    SC("qm-bystander-hole-in-the-ground", "joke-bystander",
       tw("stoneface_stu", "@lowri_beddoe what did you expect from Quarry, they're literally named after a big hole in the ground 😂", reply_to=lowri),
       expect(IGN, "low", None, "third_party"), note="a pun on the brand's name by a stranger, inside a customer's thread")
    SC("qm-stranger-mast-advice", "third-party-chatter",
       tw("niall_odonovan", "@lowri_beddoe Quarry have got a mast down by the bypass, my brother works for them. Flight mode on and off every hour or so and it'll pick up when it's back", reply_to=lowri),
       expect(MON, "low", "signal", "third_party"), note="a stranger's advice in someone else's thread: don't butt in")
    lowri_brand = tw(B, "@lowri_beddoe Sorry Lowri, there's a fault on a mast near the Ashcombe bypass affecting calls and data. Engineers are on site and we expect service back by 2pm. I'll update you here.", reply_to=lowri)
    SC("qm-brand-reply-outage", "brand-own-post", lowri_brand, expect(IGN, "low", "signal", "none"))
    SC("qm-lowri-still-sos-at-4pm", "repeat-contact",
       tw("lowri_beddoe", "it's gone 4pm. still SOS only. you said 2pm. I work from home and I've lost a whole day's work", when="2026-12-07T16:05:00Z", reply_to=lowri_brand),
       expect(RP, "high", "signal", "direct"), note="comes back to the brand's reply, without @, because the outage is still there")

    # ---------------------------------------------------------------------
    # Complaints, addressed and not, sarcasm
    # ---------------------------------------------------------------------
    dean = tw("dean_whitcombe", f"@{B} been charged £26.40 for 'out of bundle' calls to a number I've never rung. Can you take it off please")
    SC("qm-charged-out-of-bundle", "complaint-direct", dean, expect(RP, "normal", "billing", "direct"))
    dean_brand = tw(B, "@dean_whitcombe That doesn't look right, Dean. Could you DM us the number it says you called? We'll check it and take it off if it's not yours.", reply_to=dean)
    SC("qm-dean-posts-account-number-in-thread", "thread-with-brand",
       tw("dean_whitcombe", "can't DM you, it says I can't message this account. the number on the bill is 0909 879 0121 and my account number is 55120934", reply_to=dean_brand),
       expect(RV, ANY, "billing", "direct"),
       note="replies to the brand without @ and puts his account number in public: answer privately. Priority: an ordinary follow-up, or a customer coming back to an answered case")
    SC("qm-sim-swap-bank-emptied", "complaint-direct",
       tw("tasha_okoye", f"@{B} somebody did a SIM swap on my number overnight. By the time I woke up they'd got into my banking and moved £2,300 out. How did you hand my number to a stranger?? This is fraud"),
       expect(RP, "high", "security", "direct"), note="money lost to fraud: strong, but no risk to health or safety")
    martin = tw("martin_greaves", "Quarry Mobile have put my bill up by £4.50 a month halfway through my contract. Pretty sure that's not what I signed up for 🙄")
    SC("qm-bill-up-halfway-through-contract", "complaint-indirect", martin, expect(RP, "normal", "billing", "indirect"))
    SC("qm-stranger-explains-price-rise", "third-party-chatter",
       tw("ros_calder", "@martin_greaves that's Quarry's mid-contract price rise, they've done it to everyone. You can leave without an exit fee if you go within 30 days of their letter", reply_to=martin),
       expect(MON, "low", "billing", "third_party"))
    SC("qm-hashtag-dropped-calls", "complaint-indirect",
       tw("bex_lindqvist", "3 dropped calls in an hour, all of them work calls, always by the kitchen window. sort it out #Quarry"),
       expect(RP, "normal", "signal", "indirect"), note="the alias only as a hashtag, next to a mobile problem")
    SC("qm-monday-billed-twice-in-passing", "complaint-in-passing",
       tw("femi_adewale", f"Monday so far: bus didn't show, spilt coffee on my laptop, and @{B} has billed me twice for November. Can't wait to see what Tuesday brings"),
       expect(RP, "normal", "billing", "indirect"))
    SC("qm-sarcasm-peaceful-weekend", "sarcasm-customer",
       tw("cormac_byrne", f"Big thanks to @{B} for the peaceful weekend. No calls, no texts, no data since Friday night. Very mindful of you 🧘"),
       expect(RP, "high", "signal", "indirect"), note="thanks that are a complaint about a three-day outage")
    anouk = tw("anouk_reilly", "Back from four days abroad in Porto with the best souvenir: a £187 roaming bill from Quarry Mobile. Should've had it framed")
    SC("qm-sarcasm-roaming-souvenir", "sarcasm-customer", anouk, expect(RP, "normal", "roaming", "indirect"),
       note="sarcasm without a cue word like 'love' or 'thanks'")
    SC("qm-bystander-stone-age-pun", "joke-bystander",
       tw("tony_quips", "@anouk_reilly Quarry Mobile: stone age tech at rock bottom prices 🪨😂", reply_to=anouk),
       expect(IGN, "low", None, "third_party"))

    # ---------------------------------------------------------------------
    # Someone else's conversation: venting to friends
    # ---------------------------------------------------------------------
    imogen = tw("imogen_sayer", "did you get my voice notes?? been sending them all day 😩")
    SC("qm-venting-zero-signal-to-friend", "third-party-venting",
       tw("ruby_castellano", "@imogen_sayer nope 😭 quarry has had me on zero signal all week, your messages only come through when I stand in the garden like a lemon", reply_to=imogen),
       expect(MON, "low", "signal", "third_party"), note="lesson 2: the brand is named in lower case, in a friend's thread, not tagged")
    saoirse = tw("saoirse_mc", "off to Lisbon in March, any tips??")
    SC("qm-venting-roaming-to-friend", "third-party-venting",
       tw("hattie_bloom", "@saoirse_mc eat all the pastéis de nata. and if you're with Quarry turn roaming off, they stung me £90 for two days and the 'travel pass' never kicked in", reply_to=saoirse),
       expect(MON, "low", "roaming", "third_party"), note="her own bad experience, told as advice to a friend: don't butt in")

    # ---------------------------------------------------------------------
    # Questions
    # ---------------------------------------------------------------------
    SC("qm-how-do-i-get-my-pac", "question",
       tw("kieran_mottram", f"@{B} how do I get my PAC code? moving to my partner's family plan on Brightwave and don't want to lose my number"),
       expect(RP, "normal", "sim", "direct"), note="asks for a PAC code, shows none")
    SC("qm-hey-esim-question", "question",
       tw("yasmin_rahim", f"hey @{B} can I move my physical SIM over to an eSIM myself or do I have to book an appointment?"),
       expect(RP, "normal", "sim", ANY),
       note="'hey @QuarryMobile ...': the README's structural rule (starts with the handle) says indirect, a reader says the brand is the addressee")
    jo = tw("jo_prendergast", f"@{B} sent my phone off for a screen repair on 16 Nov and the tracker still says 'awaiting parts'. How long does this usually take?")
    SC("qm-screen-repair-how-long", "question", jo, expect(RP, "normal", "devices", "direct"))
    jo_brand = tw(B, "@jo_prendergast Sorry for the wait, Jo. The part came in this morning, so your phone will be fixed and posted back by Thursday. I'll keep an eye on it for you.", when="2026-12-08T08:14:00Z", reply_to=jo)
    SC("qm-jo-thanks-in-thread", "thread-with-brand",
       tw("jo_prendergast", "oh brilliant, thank you! wasn't expecting an actual human answer tbh 😅", when="2026-12-08T08:32:00Z", reply_to=jo_brand),
       expect(RP, "low", ANY, "direct"),
       note="thanks in reply to the brand, without @: praise. No keyword of its own: devices (from the thread) or null")
    travel = tw(B, "Travel Pass now covers 12 more destinations, including Turkey, Iceland and Morocco. £2.50 a day, added in a tap ✈️", when="2026-12-07T12:30:00Z")
    SC("qm-cruise-ship-travel-pass", "question-in-reply-to-brand",
       tw("malcolm_fyfe", f"@{B} does Travel Pass work on a cruise ship? We're doing the Canaries in February and I've heard horror stories about ship roaming", reply_to=travel),
       expect(RP, "normal", "roaming", "direct"))

    # ---------------------------------------------------------------------
    # Praise, repeat contact, big reach
    # ---------------------------------------------------------------------
    SC("qm-praise-esim-in-store", "praise",
       tw("amaka_ibe", f"@{B} shout out to Priya in your Ashcombe store who sorted my eSIM activation in 5 minutes after I'd spent an hour failing on my own 🙌"),
       expect(RP, "low", "sim", "direct"))
    SC("qm-praise-5g-no-complaints", "praise",
       tw("ollie_brennan", "Switched to Quarry Mobile last month and I finally get 5G in my flat. No complaints whatsoever 🙌"),
       expect(RP, "low", "signal", "indirect"), note="'no complaints' is praise")
    SC("qm-fourth-time-refund", "repeat-contact",
       tw("sandra_kowal", f"@{B} 4th time asking. I'm still being billed for the phone I sent back in October and the refund hasn't appeared. Nobody answers my DMs."),
       expect(RP, "high", "billing", "direct"))
    SC("qm-singer-no-service-show-day", "big-reach",
       tw("marniereyes", f"Six hours with no service on @{B} on the day of our Ashcombe show. Can't reach the crew, the venue or my kids. Sort it out please 🙏"),
       expect(RP, "high", "signal", "indirect"), note="1.24M followers, and an outage")

    # ---------------------------------------------------------------------
    # Private details
    # ---------------------------------------------------------------------
    SC("qm-imei-stolen-phone", "private-details",
       tw("callum_dq", f"@{B} my phone was stolen on the 43 bus last night. IMEI 352099001761481, can you block it so it's useless to whoever's got it? Already reported it to the police"),
       expect(RV, "normal", "security", "direct"), strict=False,
       note="no money lost yet, but a stolen phone is theft and a risk of fraud on the line: high is defensible")
    SC("qm-pac-code-posted", "private-details",
       tw("zainab_h_", f"@{B} my PAC is QMR482019 but Brightwave say it's not valid and the switch has failed twice now. Can you check it's right?"),
       expect(RV, "normal", "sim", "direct"), note="a PAC code moves the number: whoever has it can take the line")
    SC("qm-own-number-not-recognised", "private-details",
       tw("bryn_owens", f"@{B} anyone ringing 07700 900461 gets 'number not recognised' but I can call out fine. Started after my SIM replacement on Tuesday"),
       expect(RV, "normal", "sim", "direct"))
    SC("qm-dob-and-email-app-login", "private-details",
       tw("gwen_harwood", f"@{B} the app won't let me log in, says my date of birth 14/02/1979 doesn't match. Tried the reset twice. my email's g.harwood@inbox.example if that helps"),
       expect(RV, "normal", "app", "direct"))
    SC("qm-home-address-replacement-sim", "private-details",
       tw("pete_ashworth", f"@{B} ordered a replacement SIM 10 days ago and it still hasn't come. It's 22 Weir Lane, Ashcombe AC4 1RD, can you check it went to the right place?"),
       expect(RV, "normal", "sim", "direct"))
    SC("qm-helpline-number-quoted", "public-hotline-number",
       tw("lauren_tse", f"55 minutes on hold to @{B} on 0808 157 0614 because my eSIM won't activate on my new phone. I now know the hold music better than my own kids"),
       expect(RP, "normal", "sim", "indirect"), strict=False,
       note="the number is the brand's own helpline, not the customer's")

    # ---------------------------------------------------------------------
    # Safety and medical needs
    # ---------------------------------------------------------------------
    SC("qm-cant-call-999-no-signal", "safety-urgent",
       tw("mags_fenton", f"@{B} my neighbour's collapsed in her kitchen and I've got no signal, it won't even let me ring 999. Is there any way to call from the wifi?? please"),
       expect(RP, "urgent", "signal", "direct"), note="someone can't reach emergency services: risk to life")
    SC("qm-open-cabinet-by-school", "safety-urgent",
       tw("rhys_gatward", f"Whoever's been working on the Quarry Mobile mast on Millgate Road has left the cabinet at the bottom wide open with live cables hanging out, right next to the primary school gate. Kids are already poking at it. @{B}"),
       expect(RP, "urgent", "signal", "indirect"), note="the handle at the very end: tagged, not the addressee")
    SC("qm-ex-given-new-number", "safety-urgent",
       tw("kr_quietly", f"@{B} someone on your helpline gave my new number to my ex after he impersonated me on the phone. I have a non-molestation order against him and he's been texting me all night. I'm scared to go out"),
       expect(ANY, "urgent", "security", "direct"),
       note="domestic abuse: a risk to her safety. Public or private first answer are both defensible; the priority is not")
    SC("qm-lifeline-alarm-3g-question", "medical-urgent",
       tw("philippa_drury", f"@{B} quick question, my dad's Lifeline personal alarm runs on one of your SIMs. Will it still work after the 3G switch-off in March? He's 87 and lives alone"),
       expect(RP, "urgent", "priority_care", "direct"), note="a calm question, but a vulnerable man's alarm depends on the answer")
    SC("qm-carer-no-signal-seizures", "medical-urgent",
       tw("janine_mcara", f"@{B} I'm a carer for my husband, he has seizures. Our landline went in the digital switchover and my mobile has had no signal at home since Saturday. If he has a fit tonight I can't ring anyone"),
       expect(RP, "urgent", ANY, "direct"), note="a medical need behind an outage: urgent whichever topic (priority_care or signal) wins")
    SC("qm-glucose-alerts-no-data", "medical-urgent",
       tw("dani_whelan", f"@{B} my son is type 1 diabetic and his glucose monitor sends low alerts to my phone. No data on my line since 2am. Is there a fix? He's at school and I can't see his levels", when="2026-12-08T10:20:00Z"),
       expect(RP, "urgent", "signal", "direct"), note="no medical word in the plan: the engine has to know that a diabetic child's alerts are a medical need")

    # ---------------------------------------------------------------------
    # Threats, legal threats, abuse
    # ---------------------------------------------------------------------
    SC("qm-threat-store-staff", "threat-urgent",
       tw("shane_doyle_", "If that smug lad in the Quarry store on Bridge Street tells me my screen repair is 'user damage' one more time I swear he'll be picking his teeth up off the counter"),
       expect(ANY, "urgent", "devices", "indirect"), note="a threat against a member of staff, with a complaint")
    SC("qm-threat-5g-mast-engineers", "threat-urgent",
       tw("ray_mottley", "Any Quarry Mobile engineer who sets foot on Hobbs Lane to put up that 5G mast is getting a shotgun welcome. You've been warned."),
       expect(ANY, "urgent", "signal", "indirect"), note="a threat against the brand's engineers from someone who is not a customer")
    SC("qm-ombudsman-billed-for-returned-phone", "legal-threat-not-urgent",
       tw("eleanor_quince", f"@{B} 8 weeks since I complained about being billed for a phone I returned. No deadlock letter, no reply, nothing. It goes to the Communications Ombudsman on Monday, then small claims."),
       expect(RP, "high", "billing", "direct"))
    SC("qm-ofcom-price-up-mid-contract", "legal-threat-not-urgent",
       tw("trevor_bascombe", "Quarry Mobile put my price up mid-contract with a week's notice instead of the month they're supposed to give. Complaint going in to Ofcom tonight."),
       expect(RP, "high", "billing", "indirect"), note="a regulator complaint: strong, not urgent")
    jordan = tw("jordan_pyke", f"@{B} you absolute clowns. my SIM has said 'activating' for FOUR DAYS. four. useless the lot of you")
    SC("qm-abuse-sim-activating-four-days", "abuse-with-problem", jordan, expect(RP, "high", "sim", "direct"))
    SC("qm-fake-support-reply", "spam",
       tw("QuarryCareDesk", "@jordan_pyke Hi Jordan! Quarry Mobile support here 👋 we can get your SIM live straight away, just message our agent on WhatsApp +44 7700 900999 with your account PIN", reply_to=jordan),
       expect(IGN, ANY, ANY, "third_party"), strict=False,
       note="an impersonator fishing for a PIN inside a customer's thread: not a case to answer, but the brand may want to warn the customer")
    SC("qm-abuse-charged-twice-again", "abuse-with-problem",
       tw("lee_harkness", "f***ing Quarry Mobile have charged me twice AGAIN. third month running. thieving muppets, give me my money back"),
       expect(RP, "high", "billing", "indirect"))

    # ---------------------------------------------------------------------
    # Spam, namesakes, the ordinary word
    # ---------------------------------------------------------------------
    SC("qm-follower-selling", "spam",
       tw("growfast_media", f"@{B} Grow your brand FAST 🚀 10k real followers for £9.99, results in 24h ✅ DM now {{url:https://growfast.example/buy}}"),
       expect(IGN, "low", None, "direct"))
    SC("qm-fake-iphone-giveaway", "spam",
       tw("quarry_rewards", "🎁 Quarry Mobile is giving away 500 new iPhones to celebrate 10 years! Follow, RT and claim yours before midnight 👉 {url:https://quarry-rewards.example/claim}"),
       expect(IGN, "low", None, "indirect"), note="a look-alike account using the brand's name")
    SC("qm-namesake-quarry-arms-quiz", "namesake",
       tw("quarryarmspub", "Quiz night at the Quarry Arms tonight from 8! No signal inside as usual, so no cheating on your phones 😉", when="2026-12-09T15:02:00Z"),
       expect(IGN, "low", ANY, "none"), note="a pub in the same town; 'signal' is a plan keyword, but there is no brand here")
    SC("qm-namesake-mobile-valeting", "namesake",
       tw("shelley_dunn", "Quarry Mobile Valeting did both our cars on the drive this morning. Spotless inside and out, even got the dog hair out of the boot. Can't recommend them enough!", when="2026-12-09T13:10:00Z"),
       expect(IGN, "low", None, "none"), note="another local business whose name starts with exactly 'Quarry Mobile': cars, not phones")
    SC("qm-namesake-mobile-library", "namesake",
       tw("ashcombe_libs", "The Quarry mobile library is back at Millgate community centre every Tuesday, 10 till 12. Large print, audiobooks and a warm cuppa 📚", when="2026-12-09T09:30:00Z"),
       expect(IGN, "low", None, "none"), note="'Quarry mobile' as in the library van from the Quarry estate")
    SC("qm-namesake-quarry-bank-mill", "namesake",
       tw("hetty_rambles", "Quarry Bank Mill with the kids today. The weaving shed demo was so loud they loved it", when="2026-12-09T16:40:00Z"),
       expect(IGN, "low", None, "none"))
    SC("qm-common-flooded-quarry", "common-word",
       tw("claire_ventnor", "Please don't let your kids swim in the old quarry at Hollow Crag. It's freezing, 30m deep, and a lad nearly drowned there last summer.", when="2026-12-09T09:05:00Z"),
       expect(IGN, "low", None, "none"), note="a real danger, but nothing to do with the network")
    SC("qm-common-bouldering-no-signal", "common-word",
       tw("crimpy_cal", "bouldering at the quarry all day, zero signal at the bottom which was honestly bliss", when="2026-12-09T17:20:00Z"),
       expect(IGN, "low", ANY, "none"), note="'quarry' next to 'signal', but it is the hole in the ground")
    SC("qm-common-hawk-quarry", "common-word",
       tw("wren_photos", "The sparrowhawk dropped onto its quarry before I'd even got the lens cap off. Gorgeous, brutal bird.", when="2026-12-09T11:05:00Z"),
       expect(IGN, "low", None, "none"))

    # ---------------------------------------------------------------------
    # News, chatter, reposts, the brand's own posts, quotes
    # ---------------------------------------------------------------------
    SC("qm-news-ofcom-fine", "news-monitor",
       tw("TelecomWire", "Quarry Mobile fined £1.8m by Ofcom over SIM swap fraud checks in its stores {url:https://telecomwire.example/2026/12/quarry-mobile-fine}"),
       expect(MON, "low", "security", "indirect"), note="news with a regulator in it, from a large account: still news, not a legal threat or a customer")
    SC("qm-news-3g-switch-off", "news-monitor",
       tw("AshcombeEcho", "Quarry Mobile will switch off its 3G network across the Vale on 3 March. Older phones that only use 3G will no longer be able to make calls. {url:https://ashcombe-echo.example/news/quarry-3g-switch-off}"),
       expect(MON, "low", "signal", "indirect"))
    SC("qm-chatter-singing-goats-advert", "chatter-monitor",
       tw("adbreak_annie", "The new Quarry Mobile advert with the singing goats on the cliff has been stuck in my head for three days"),
       expect(MON, "low", None, "indirect"))
    SC("qm-repost-outage-complaint", "repost", tw("seren_tm", "", retweet=lowri),
       expect(IGN, "low", "signal", "indirect"))
    status = tw(B, "We know some customers in Ashcombe and Holloway Green have no service this morning. Engineers are fixing a mast fault and we'll post an update here by 11am.", when="2026-12-09T07:50:00Z")
    SC("qm-brand-status-update", "brand-own-post", status, expect(IGN, "low", "signal", "none"))
    SC("qm-repost-brand-status", "repost", tw("grandad_eric", "", when="2026-12-09T08:05:00Z", retweet=status),
       expect(IGN, "low", "signal", "indirect"))
    fiveg = tw(B, "5G is now live across Ashcombe town centre 🎉 Faster downloads, less buffering, same price.", when="2026-12-08T09:00:00Z")
    SC("qm-quote-5g-live", "quote",
       tw("priti_desai", "5G? I'd settle for one bar of signal in my office on Market Street", quote=fiveg),
       expect(RP, "normal", "signal", "indirect"), strict=False,
       note="quotes the brand's post without tagging it: a complaint, answer or monitor?")

    # ---------------------------------------------------------------------
    # Other languages
    # ---------------------------------------------------------------------
    SC("qm-es-sin-senal-barrio", "non-english",
       tw("alba_moreno_v", f"@{B} llevo desde ayer sin señal en todo el barrio de Holloway Green, ni llamadas ni datos. ¿Hay alguna avería?", lang="es"),
       expect(RP, "high", "signal", "direct"), note="a neighbourhood without service since yesterday: an outage")
    SC("qm-fr-roaming-facture", "non-english",
       tw("margaux_lmn", f"@{B} bonjour, on m'a facturé 60 £ de roaming pendant mes vacances en France alors que j'avais le Travel Pass. C'est normal ?", lang="fr"),
       expect(RP, "normal", "roaming", "direct"))
    SC("qm-de-rechnung-doppelt", "non-english",
       tw("jonas_k_keller", f"@{B} Meine Rechnung ist diesen Monat fast doppelt so hoch wie sonst, obwohl ich nichts extra gebucht habe. Warum?", lang="de"),
       expect(RP, "normal", "billing", "direct"))
    SC("qm-it-portabilita-esim", "non-english",
       tw("giulia_ferri_", f"@{B} buongiorno, ho chiesto la portabilità del numero una settimana fa ma la eSIM non si attiva ancora. Cosa devo fare?", lang="it"),
       expect(RP, "normal", "sim", "direct"))
    SC("qm-nl-geen-bereik-storing", "non-english",
       tw("daan_bakker_", f"@{B} al twee dagen geen bereik in Ashcombe, ik kan niet bellen of internetten. Is er een storing?", lang="nl"),
       expect(RP, "high", "signal", "direct"), note="two days without service: an outage")
    SC("qm-pt-ecra-reparacao", "non-english",
       tw("ines_carvalho_", f"@{B} o ecrã do telemóvel que comprei convosco rachou sozinho. A reparação está coberta pela garantia?", lang="pt"),
       expect(RP, "normal", "devices", "direct"))

    # ---------------------------------------------------------------------
    # Odd inputs
    # ---------------------------------------------------------------------
    SC("qm-html-in-bill-email", "html-entities",
       tw("tomas_byte", f"@{B} my bill email says 'Total: &lt;b&gt;£NaN&lt;/b&gt;' &amp; the direct debit comes out Friday. How much am I actually paying this month?"),
       expect(RP, "normal", "billing", "direct"))
    SC("qm-all-caps-network-down", "complaint-direct",
       tw("gaz_millgate", f"@{B} IS THE NETWORK DOWN AGAIN?? NOTHING IN MILLGATE"),
       expect(RP, "high", "signal", "direct"), note="short and shouted: an outage")
    return brand


BRANDS["quarry-mobile"] = ("QuarryMobile", 4034567803, build_quarry_mobile)
