# Keystone Lettings: a made-up letting agent and property manager for rented homes in and
# around Wexmoor (Sallow Hill, Priory Fields, Tanner's Row, Ashcombe Road, Coldharbour and
# the Millgate student quarter). Viewings, applications and referencing, holding deposits,
# tenancy agreements, renewals, notices and inspections, deposits and check-outs, rent
# payments, landlords' fees and statements, repairs and maintenance reports (heating, damp
# and mould above all), out-of-hours emergencies and the tenant portal app.
# "Keystone" is also the central stone of an arch (and "the keystone of" anything, a
# midfield included), a "keystone species", the keystone correction on a projector, the
# Keystone Kops of silent comedy, Keystone Light (a cheap American beer), the Keystone State
# (Pennsylvania), Keystone (a made-up maker of video-game consoles, with its Vanta
# handheld), Keystone Heating & Plumbing (a separate local firm) and a surname (Dr Keystone,
# a GP): none of them is the letting agent.
# Written blind, from PRODUCT.md and the scenario README's conventions only: the week is
# the first week of October, when the heating goes on for the first time, boilers fail and
# damp and mould appear.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, street,
# account and reference number, phone number, card number, address and email address here
# is made up. Phone numbers are from the UK drama ranges; the card number is a Luhn-valid
# test number.


def build_keystone_lettings():
    global CURRENT_BRAND, CLOCK
    brand = Brand("keystone-lettings", SCEN_DIR / "keystone-lettings.plan.toml", "KeystoneLets", 4378901235, 1861220000000003901)
    CURRENT_BRAND, CLOCK = brand, Clock("2027-10-04T04:30:00Z")
    B = "KeystoneLets"
    user(B, "Keystone Lettings", 4378901235,
         "Keystone Lettings 🔑 letting agent and property manager across Wexmoor and the Calder villages. Tenant and "
         "landlord care here 8am–8pm, 7 days. Emergency repairs 24/7: 0808 157 0391. Please never post your address "
         "or reference number here.",
         14_800, following=520, tweets=12_900, listed=85, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 9040100000 + _n[0] * 4129, bio, followers, **kw)

    person("kerry_waite_wx", "Kerry Waite", "Mum of Ellie (7). Dental nurse. Wexmoor.", 310)
    person("priya_nair_wx", "Priya Nair", "Moving to Wexmoor for a new job in November. Spreadsheets of flats.", 140)
    person("olly_grant_wx", "Olly Grant", "Bike mechanic. Renter since 2016. Tired.", 190)
    person("mandy_hale_wx", "Mandy Hale", "Nan of five. I repost everything, sorry.", 70)
    person("ivy_chen_wx", "Ivy Chen", "PhD student, Wexmoor Uni. Plants and condensation.", 230)
    person("dan_whitby_wx", "Dan Whitby", "Trainee paramedic. Flat hunting.", 160)
    person("sam_okoro_wx", "Sam Okoro", "Graphic designer. Sarcasm is my love language.", 280)
    person("sue_okafor_wx", "Sue Okafor", "Teaching assistant. Carer for my dad. Wexmoor.", 420)
    person("tom_brannigan", "Tom Brannigan", "Bus mechanic. Sallow Hill.", 140)
    person("meg_harlow_wx", "Meg Harlow", "Opinions on biscuits and boilers.", 300)
    person("callum_price_wx", "Callum Price", "Wexmoor born. Gym, work, repeat.", 110)
    person("wexmoor_wag", "Stu Liddell", "Jokes, mostly bad. Wexmoor.", 200)
    person("marta_schulz_wx", "Marta Schulz", "Aus Leipzig, jetzt in Wexmoor. Altenpflegerin.", 150)
    person("jas_khan_wx", "Jaswinder Khan", "Dad of Arun (9, type 1 diabetic). Warehouse nights.", 210)
    person("lauren_hill_wx", "Lauren Hill", "Nail tech. Looking for a 1 bed. Send help.", 380)
    person("steve_burke_wx", "Steve Burke", "Forklift driver. Dad. Renter.", 90)
    person("ruth_adams_wx", "Ruth Adams", "Librarian. Patience of a saint, mostly.", 250)
    person("wexmoor_herald", "Wexmoor Herald", "News from Wexmoor and the Calder villages since 1868.", 31_000, following=900,
           verified=True)
    person("GrowFollowsUK", "Grow Follows UK 🚀", "Real followers, real fast 🚀 Brands, agents, influencers. DM for prices.", 2300,
           following=4900)
    person("tariq_aziz_wx", "Tariq Aziz", "Junior doctor. Flat hunting between night shifts.", 330)
    person("ryan_fenn_wx", "Ryan Fenn", "Primary teacher. Tanner's Row.", 190)
    person("nia_foster_wx", "Nia Foster", "First flat, first job, first everything. Toast enthusiast.", 260)
    person("lily_morgan_wx", "Lily Morgan", "New mum 🍼 running on no sleep.", 180)
    person("amira_haddad_wx", "Amira Haddad", "Pharmacy technician. Mum of Zayn (3).", 260)
    person("gav_rourke", "Gav Rourke", "", 35)
    person("dean_pollard", "Dean Pollard", "Scaffolder. Don't @ me.", 60)
    person("nadia_bello_wx", "Nadia Bello", "Nurse. Renter. Done being polite.", 520)
    person("joris_dekker_wx", "Joris Dekker", "Rotterdammer in Wexmoor. Data-analist.", 160)
    person("freshers_ella", "Ella Tran", "Masters student from January 📚 moving to Wexmoor.", 130)
    person("ben_akers_wx", "Ben Akers", "Graduate. Former renter, current renter.", 240)
    person("chelsea_dunn_wx", "Chelsea Dunn", "Mum of Mia. Barista. Trying my best.", 230)
    person("sofia_ruiz_mg", "Sofía Ruiz", "Erasmus en Wexmoor 🇪🇸 Ingeniería.", 340)
    person("maddie_cole_tv", "Maddie Cole", "Presenter, The Morning Sofa 📺 Mum of Otis (8 months). Views my own.",
           890_000, following=1100, listed=3600, verified=True)
    person("becky_rt_wx", "Becky Lowes", "Renters unite ✊ RTs are endorsements, actually.", 410)
    person("property_paul", "Paul Stanway | Property Paul",
           "Landlord, investor and host of The Buy-to-Let Hour 🎙️ 12 homes, 520k of you. Not financial advice.",
           520_000, following=2300, listed=2100, verified=True)
    person("jordan_osei_wx", "Jordan Osei", "Junior designer. Flat hunting is my cardio.", 150)
    person("pete_nwosu_wx", "Pete Nwosu", "Sound engineer. Night owl, unwillingly.", 120)
    person("KeystoneLetsHQ", "Keystone Lettings Tenant Support ✅",
           "Official tenant support 24/7 🔑 DM us for repairs, refunds and deposit claims", 18, following=4100)
    person("leah_tanner_wx", "Leah Tanner", "Receptionist. Rent day is my least favourite day.", 200)
    person("hannah_lowe_wx", "Hannah Lowe", "Dog walker. Coldharbour. Not a plumber, as it turns out.", 90)
    person("kit_danso_sec", "Kit Danso", "Security tester. Renter. I poke web forms for a living.", 1700)
    person("luca_moretti_wx", "Luca Moretti", "Da Bologna a Wexmoor. Cuoco.", 170)
    person("camille_roux_wx", "Camille Roux", "Lyonnaise, doctorante à Wexmoor.", 210)
    person("beatriz_lima_wx", "Beatriz Lima", "De Lisboa. Enfermeira em Wexmoor.", 190)
    person("FundsBackFast24", "Fund Recovery Experts 💰", "Scammed? We get it back. Crypto, bank, rental fraud. 100% success ✅",
           5200, following=4800)
    person("grace_adeyemi_w", "Grace Adeyemi", "Daughter, carer, accountant.", 230)
    person("bridge_mason", "Alan Pryce", "Stonemason. Conservation work, dry stone walls and old bridges.", 1900)
    person("aidan_frost_wx", "Aidan Frost", "Chef. Night owl by trade.", 140)
    person("rachel_mbeki_wx", "Rachel Mbeki", "Mum of two. Care assistant.", 180)
    person("zoe_pike_wx", "Zoe Pike", "Mum of Alfie (2). Priory Fields.", 250)
    person("connor_hayes_wx", "Connor Hayes", "Plumber's mate. Lives with his nan, proudly.", 100)
    person("megan_roy_wx", "Megan Roy", "Hairdresser. Coldharbour.", 170)
    person("chris_dale_wx", "Chris Dale", "Quantity surveyor. Keeps every receipt.", 290)
    person("beth_carr_wx", "Beth Carr", "Nursery nurse. Professional optimist, amateur cook.", 160)
    person("shaun_mcgee", "Shaun McGee", "Roofer. Wexmoor.", 75)
    person("ola_adebayo_wx", "Ola Adebayo", "New to Wexmoor. Software support.", 210)
    person("katie_lam_wx", "Katie Lam", "Physio. Four flats in six years.", 320)
    person("anna_kowal_wx", "Anna Kowal", "Accounts assistant. Wants a cat very badly.", 140)
    person("ellie_brooks_wx", "Ellie Brooks", "Asking the questions nobody else will.", 600)
    person("nathan_cross_wx", "Nathan Cross", "Sparky. Renter. Has opinions.", 130)
    person("hollie_g_wx", "Hollie Grant", "Moved flats. Waiting for money. Twitchy.", 180)
    person("marcus_lee_wx", "Marcus Lee", "Helpful on the internet, apparently.", 220)
    person("dad_jokes_dev", "Dev Kapoor", "Dad jokes, lightly toasted.", 190)
    person("gemma_ward_wx", "Gemma Ward", "Mum of three. Running on tea.", 270)
    person("kayleigh_j_wx", "Kayleigh Jones", "Call centre by day, on hold to everyone else by night.", 160)
    person("agent_weekly", "Agent Weekly", "News for letting and estate agents across the UK.", 44_000, following=1500,
           verified=True)
    person("jake_ellis_wx", "Jake Ellis", "Walks the same loop every day and notices everything.", 150)
    person("tenantclaimsuk", "Tenant Claims UK 💷", "Owed money by your landlord? Claim in 30 seconds 💷 No win no fee",
           3100, following=4700)
    person("rewild_rosie", "Rosie Fairburn", "Ecologist. Beavers are my whole personality 🦫", 3400)
    person("matchday_mike_w", "Mike Dunne", "Wexmoor Town season ticket since 1994. Suffering.", 900)
    person("dom_kerr_wx", "Dom Kerr", "Football, mostly. Wexmoor Town.", 410)
    person("regent_wexmoor", "The Regent Wexmoor", "Independent cinema since 1931 🎬 Films, live music and a proper bar.",
           6200)
    person("uni_house_josh", "Josh Bell", "3rd year, Wexmoor Uni. House of six. Send bin bags.", 230)
    person("jen_from_pgh", "Jen Kowalski", "Pittsburgh girl in Wexmoor 🇺🇸🇬🇧", 520)
    person("ash_plays_wx", "Ash Patel", "Handheld gaming, mostly on the bus.", 1300)
    person("nat_poorly_wx", "Nat Sutton", "New to Wexmoor. Chronic illness, chronic optimism.", 210)
    person("dee_wilson_wx", "Dee Wilson", "Priory Road lifer. Knows everyone.", 340)
    person("linda_barnes_wx", "Linda Barnes", "Retired. Grandchildren, garden, crosswords.", 90)

    # ---- Monday 4 October: the first cold morning of the autumn ---------------------------
    heat = tw("kerry_waite_wx", f"@{B} first cold morning of the year and the boiler's showing F28. no heating, no hot water, the flat's 14 degrees. I reported it on the portal on Friday and haven't heard a thing. can someone book an engineer please?",
              when="2027-10-04T06:40:12Z")
    SC("keystone-heating-f28-first-cold-morning", "complaint-direct", heat, expect(RP, "normal", "heating", "direct"),
       note="no heating or hot water in one flat: an ordinary complaint, nobody vulnerable mentioned",
       known_miss="round 11, not met yet: priority: want \"normal\", got high; the engine read: addressed to @KeystoneLets | complaint (0.89) | loss of service | topic heating: 'cold', 'boiler', 'boilers', 'no heating', 'heating', 'heat', 'no hot water', 'hot water'")
    heat_brand = tw(B, "@kerry_waite_wx Sorry Kerry, that's a rotten start to the cold weather. I've booked our heating engineer for tomorrow between 8 and 12 and texted you the job number. If the boiler can't be fixed on the day we'll drop two heaters round by the evening.",
                    reply_to=heat, when="2027-10-04T08:05:31Z")
    SC("keystone-brand-reply-heating-engineer", "brand-own-post", heat_brand, expect(IGN, "low", "heating", "none"))
    view_q = tw("priya_nair_wx", f"@{B} hi! is the 2 bed on Ashcombe Road still available? could I book a viewing on Saturday, and do you accept a guarantor if I'm self-employed?",
                when="2027-10-04T09:30:44Z")
    SC("keystone-question-viewing-guarantor", "question", view_q, expect(RP, "normal", "viewings", "direct"))
    view_brand = tw(B, "@priya_nair_wx Hi Priya, yes it's still available 😊 I can do a viewing on Saturday at 11am or 2pm. We accept guarantors, and if you're self-employed we'll ask for two years' accounts instead of payslips. Which time suits you?",
                    reply_to=view_q, when="2027-10-04T10:02:15Z")
    SC("keystone-thread-viewing-booked", "thread-with-brand",
       tw("priya_nair_wx", "the 11am viewing is perfect, see you Saturday! thank you for getting back so fast",
          reply_to=view_brand, when="2027-10-04T10:31:08Z"),
       expect(RP, "low", "viewings", "direct"), note="back in the brand's thread without @: thanks, all sorted")
    tips = tw(B, "Damp and mould season 🍂 Three ways to keep condensation down this autumn: open the trickle vents, wipe the windows each morning and run the extractor fan when you shower. Spotted black mould? Report it on the tenant portal 👉 {url:https://keystonelettings.example/damp}",
              when="2027-10-04T11:00:00Z")
    SC("keystone-brand-own-damp-tips", "brand-own-post", tips, expect(IGN, "low", "damp", "none"))
    SC("keystone-quote-wipe-windows", "quote",
       tw("olly_grant_wx", "'wipe the windows' 😂 mate the black mould in my bedroom is older than my tenancy and the walls are damp to the touch. reported it in MARCH",
          quote=tips, when="2027-10-04T11:40:27Z"),
       expect(RP, "normal", "damp", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; sarcastic about his own unfixed mould")
    SC("keystone-repost-damp-tips", "repost", tw("mandy_hale_wx", "", retweet=tips, when="2027-10-04T12:15:50Z"),
       expect(IGN, "low", "damp", "indirect"))
    SC("keystone-q-reply-dehumidifier", "question-in-reply-to-brand",
       tw("ivy_chen_wx", "do you supply dehumidifiers for flats that get really bad condensation? ours runs all night and the electric bill is brutal",
          reply_to=tips, when="2027-10-04T12:50:19Z"),
       expect(RP, "normal", "damp", "direct"), note="a question in reply to the brand's post, no @")
    SC("keystone-private-card-holding-deposit", "private-details",
       tw("dan_whitby_wx", f"@{B} paid the holding deposit for the Millgate flat on Friday with my card 4111 1111 1111 1111 and it's gone out twice (£230 x2). application ref KL-A-30417. can someone refund one of them? I'm on 07700 900318",
          when="2027-10-04T13:20:36Z"),
       expect(RV, "normal", "deposits", "direct"), note="a card number, a reference number and a mobile number in public")
    SC("keystone-sarcasm-free-black-mould", "sarcasm-customer",
       tw("sam_okoro_wx", "love that Keystone Lettings put my rent up £85 a month and threw in a free black mould feature wall in the bathroom 🍄 such good value, honestly spoiling me",
          when="2027-10-04T15:05:02Z"),
       expect(RP, "normal", "damp", "indirect"), note="sarcasm from a customer, brand named without a tag")
    SC("keystone-medical-oxygen-dad-no-heating", "medical-urgent",
       tw("sue_okafor_wx", "My dad is 86, on home oxygen for his COPD, and his Keystone Lettings flat has had no heating since Saturday. Their answer was one fan heater. It's 12 degrees in his bedroom tonight. Who do I go to above the branch?",
          when="2027-10-04T17:45:41Z"),
       expect(RP, "urgent", "heating", "indirect"),
       note="an elderly man on oxygen in a cold flat: a medical need; the keywords are about the heating")
    gas = tw("tom_brannigan", f"@{B} strong smell of gas on the stairs in our block on Sallow Hill, worst by the meter cupboard on the 2nd floor. I've rung the gas emergency number but there's families with kids in every flat. are you sending someone??",
             when="2027-10-04T18:40:09Z")
    SC("keystone-safety-gas-smell-stairwell", "safety-urgent", gas, expect(RP, "urgent", "safety", "direct"))
    gas_brand = tw(B, "@tom_brannigan Thank you Tom, you did the right thing calling the gas emergency line. Please don't touch any light switches near the cupboard and prop the stairwell door open. Jo, our on-call manager, is on her way and will be with you by 8.30pm.",
                   reply_to=gas, when="2027-10-04T18:52:47Z")
    bill = tw("meg_harlow_wx", "first proper cold night and I'm already scared to look at the heating bill 🥶", when="2027-10-04T19:30:00Z")
    order = tw("callum_price_wx", "@meg_harlow_wx at least yours works. Keystone have had my boiler part 'on order' for three weeks. no heating, showering at the gym and boiling kettles for the washing up",
               reply_to=bill, when="2027-10-04T19:48:22Z")
    SC("keystone-venting-boiler-on-order", "third-party-venting", order, expect(MON, "low", "heating", "third_party"),
       note="venting to a friend in her thread, brand not tagged: don't butt in")
    SC("keystone-joke-kops-three-blokes", "joke-bystander",
       tw("wexmoor_wag", "@callum_price_wx @meg_harlow_wx Keystone? more like the Keystone Kops 🚓🚓 three blokes, one spanner, zero clue",
          reply_to=order, when="2027-10-04T20:05:37Z"),
       expect(IGN, "low", None, "third_party"), note="a bystander's pun on the brand's name inside someone else's thread")

    # ---- Tuesday 5 October ----------------------------------------------------------------
    SC("keystone-de-co-melder-kopfschmerzen", "safety-urgent",
       tw("marta_schulz_wx", f"@{B} Unser CO-Melder piept seit heute früh ununterbrochen, in der Küche riecht es komisch und mein Mann hat starke Kopfschmerzen. Die Therme gehört zur Wohnung. Ist das Kohlenmonoxid? Was sollen wir tun??",
          lang="de", when="2027-10-05T05:50:14Z"),
       expect(RP, "urgent", "safety", "direct"),
       note="German: a carbon monoxide alarm sounding and a headache: get out and get help now")
    SC("keystone-thread-gas-all-safe", "thread-with-brand",
       tw("tom_brannigan", "update for anyone in the block: Jo and the gas network were here within the hour, it was a perished seal on the meter. all capped off and safe now. thank you for moving so fast last night 🙏",
          reply_to=gas_brand, when="2027-10-05T06:30:55Z"),
       expect(RP, "low", "safety", "direct"),
       note="the scare is over and everyone is safe: thanks in the brand's thread, not urgent")
    SC("keystone-medical-insulin-fridge", "medical-urgent",
       tw("jas_khan_wx", f"@{B} hi, quick one. the fridge that came with the flat is broken since last night and it's where I keep my son's insulin. any chance of a replacement today? I've put his pens in a cool bag for now",
          when="2027-10-05T06:55:31Z"),
       expect(RP, "urgent", "repairs", "direct"),
       note="a calm question, but a child's insulin has nowhere cold to go: a medical need; the keywords are about the fridge",
       known_miss="round 11, not met yet: topic: want \"repairs\", got safety; the engine read: addressed to @KeystoneLets | complaint (0.72) | a medical need: urgent | topic safety: 'insulin', 'insuline'")
    SC("keystone-in-passing-viewing-cancelled-rain", "complaint-in-passing",
       tw("lauren_hill_wx", f"tuesday so far: missed my bus, spilled coffee down my work top, and @{B} cancelled my viewing 10 minutes before it started while I was stood outside the flat in the rain. cool cool cool",
          when="2027-10-05T07:40:48Z"),
       expect(RP, "normal", "viewings", "indirect"), note="the brand tagged in the middle of a bad morning")
    SC("keystone-news-inquest-carbon-monoxide", "news-monitor",
       tw("wexmoor_herald", "Inquest hears retired teacher, 71, died of carbon monoxide poisoning in her rented Coldharbour flat in March 2026. The gas safety check was 14 months out of date. The flat was managed by Keystone Lettings. {url:https://wexmoorherald.example/news/coldharbour-inquest}",
          when="2027-10-05T08:15:00Z"),
       expect(MON, "low", "safety", "indirect"), note="news about a past death: monitor, nobody is in danger now")
    renew = tw(B, "Renewing this autumn? 🍂 From today you can read and sign your tenancy renewal online in a couple of minutes: no printing, no trip to the branch. Look for 'My home' in the tenant portal 👉 {url:https://keystonelettings.example/portal}",
               when="2027-10-05T09:00:00Z")
    SC("keystone-brand-own-renewals-portal", "brand-own-post", renew, expect(IGN, "low", "tenancy", "none"))
    SC("keystone-q-reply-renewal-rent-increase", "question-in-reply-to-brand",
       tw("steve_burke_wx", "so is the rent increase already decided then? nobody has told us what the new figure is and our fixed term ends on the 31st",
          reply_to=renew, when="2027-10-05T09:25:13Z"),
       expect(RP, "normal", "tenancy", "direct"), note="a question in reply to the brand's post, no @")
    SC("keystone-quote-renewal-portal-logout", "quote",
       tw("ruth_adams_wx", "'a couple of minutes' 😂 the tenant portal has logged me out six times today and the reset password email never arrives",
          quote=renew, when="2027-10-05T09:50:26Z"),
       expect(RP, "normal", "portal", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; sarcastic, she can't get into the portal")
    SC("keystone-spam-follower-selling", "spam",
       tw("GrowFollowsUK", f"@{B} 🚀 Agents grow faster with us! 5,000 REAL UK followers for just £19, 10k for £29 💯 instant delivery, safe &amp; discreet 👉 {{url:https://growfollows.example/agents}}",
          when="2027-10-05T10:30:00Z"),
       expect(IGN, "low", None, "direct"), note="follower selling addressed to the brand")
    SC("keystone-repeat-no-engineer", "repeat-contact",
       tw("kerry_waite_wx", "8 till 12 came and went. no engineer, no call, no text. second night with no heating and Ellie slept in her dressing gown. what happened?",
          reply_to=heat_brand, when="2027-10-05T11:10:39Z"),
       expect(RP, "high", "heating", "direct"), note="back in the brand's thread without @: the promised visit never came")
    SC("keystone-indirect-reference-check-fee", "complaint-indirect",
       tw("tariq_aziz_wx", "Keystone Lettings took £60 off me for a 'reference check' on a flat on Ashcombe Road, then gave it to someone else before my application had even been looked at. I thought agents weren't allowed to do that any more?",
          when="2027-10-05T12:40:17Z"),
       expect(RP, "normal", "viewings", "indirect"), note="names the brand without tagging it, about his own application")
    SC("keystone-praise-plumber-priya", "praise",
       tw("ryan_fenn_wx", f"@{B} massive thank you to Priya in your maintenance team who got a plumber to us within 2 hours for the burst pipe last night. flat saved, carpet saved, sanity saved 🙏",
          when="2027-10-05T13:30:02Z"),
       expect(RP, "low", "repairs", "direct"))
    SC("keystone-chatter-toast-smoke-alarm", "chatter-monitor",
       tw("nia_foster_wx", "three days into my first Keystone Lettings flat and I've set off the smoke alarm four times making toast. good news: it definitely works 😂🔥🍞",
          when="2027-10-05T18:20:44Z"),
       expect(ANY, "low", "safety", "indirect"),
       note="a joke with danger words about something harmless: never urgent; chatter, though a friendly reply would do no harm",
       known_miss="round 11, not met yet: priority: want \"low\", got urgent; the engine read: names Keystone Lettings in a post to everyone | a danger to health or safety: urgent | topic safety: 'smoke alarm', 'smoke alarms', 'smoke'")

    # ---- Wednesday 6 October --------------------------------------------------------------
    SC("keystone-safety-socket-sparked-baby", "safety-urgent",
       tw("lily_morgan_wx", f"@{B} the socket behind the fridge just SPARKED with a bang, there's a burning smell and black scorch marks up the wall. I've switched everything off at the fuse box. is it safe to turn the power back on?? I've got a 6 week old here 😰",
          when="2027-10-06T05:50:21Z"),
       expect(RP, "urgent", "safety", "direct"))
    SC("keystone-medical-gp-letter-asthma", "medical-urgent",
       tw("amira_haddad_wx", f"@{B} Hello. Our GP has written to you to say the black mould in our son's bedroom is making his asthma worse. He's 3, on two inhalers, and has been in hospital twice since August. When is the survey, and can we keep him out of that room meanwhile? Thank you.",
          when="2027-10-06T07:30:48Z"),
       expect(RP, "urgent", "safety", "direct"),
       note="a calm, polite question, but a toddler's breathing is at risk")
    SC("keystone-threat-inspection-darren", "threat-urgent",
       tw("gav_rourke", f"@{B} if that property manager Darren lets himself into my flat for one more 'inspection' without notice I swear down he's going through the window. consider yourselves warned.",
          when="2027-10-06T08:10:05Z"),
       expect(ANY, "urgent", "tenancy", "direct"),
       note="a threat against a named member of staff, with a complaint about inspections: only the priority is strict")
    SC("keystone-abuse-deposit-thieves", "abuse-with-problem",
       tw("dean_pollard", f"@{B} you lot are an absolute joke. 5 weeks since check-out, flat left spotless, and you're STILL sitting on my £1,150 deposit. answer your bloody emails you thieving muppets",
          when="2027-10-06T09:20:33Z"),
       expect(RP, "high", "deposits", "direct"), note="insults, but a real problem: a deposit held for five weeks")
    SC("keystone-legal-environmental-health", "legal-threat-not-urgent",
       tw("nadia_bello_wx", f"@{B} 11 weeks of reporting the damp and mould in our flat, 3 contractor visits and it's all still there. I've reported the property to the council's environmental health team today and it's going to the Property Ombudsman next.",
          when="2027-10-06T10:05:16Z"),
       expect(RP, "high", "damp", "direct"), note="a regulator and ombudsman threat: a strong complaint, not urgent")
    SC("keystone-nl-zwarte-schimmel", "non-english",
       tw("joris_dekker_wx", f"@{B} Hoi, sinds het koud is geworden zit er zwarte schimmel op de slaapkamermuur en het vocht loopt langs het raam naar beneden. Wanneer komt er iemand kijken? We huren sinds juni via jullie.",
          lang="nl", when="2027-10-06T11:30:40Z"),
       expect(RP, "normal", "damp", "direct"), note="Dutch: black mould and damp in the bedroom")
    uni = tw("freshers_ella", "moving to Wexmoor for my masters in January, which agents should I avoid?? 🏠", when="2027-10-06T12:00:00Z")
    SC("keystone-chatter-photos-inventory", "third-party-chatter",
       tw("ben_akers_wx", "@freshers_ella we rented with Keystone Lettings for two years and they were fine tbh. take loads of photos on move-in day and check the inventory properly, that's how we got our whole deposit back",
          reply_to=uni, when="2027-10-06T12:25:51Z"),
       expect(MON, "low", "deposits", "third_party"), note="a stranger's advice in someone else's thread")
    SC("keystone-threat-landlord-drag-out", "threat-urgent",
       tw("chelsea_dunn_wx", "landlord just turned up at my door drunk, kicked it and threatened to 'drag me out by my hair' if I'm not gone by Friday. Keystone Lettings manage the flat and their phone just rings out. I'm on my own with my daughter. do I ring the police??",
          when="2027-10-06T19:40:26Z"),
       expect(RP, "urgent", "safety", "indirect"),
       note="a tenant threatened with violence in her home tonight, brand named without a tag")
    SC("keystone-hotline-praise-stopcock", "public-hotline-number",
       tw("hannah_lowe_wx", "shout out to the lad on Keystone's 0808 157 0391 line last night who stayed on the phone and talked me through finding the stopcock when the leak under the bath started 🙌 proper calm, proper helpful",
          when="2027-10-06T20:15:33Z"),
       expect(RP, "low", "repairs", "indirect"), strict=False,
       note="praise that quotes the brand's own number: not a private detail")
    SC("keystone-es-huele-a-gas-estudiantes", "safety-urgent",
       tw("sofia_ruiz_mg", f"@{B} huele muchísimo a gas en la cocina del piso de Millgate 😰 somos cuatro estudiantes y no sabemos qué hacer. ¿Cerramos la llave del gas? ¿Salimos a la calle? Por favor respondan rápido",
          lang="es", when="2027-10-06T21:10:57Z"),
       expect(RP, "urgent", "safety", "direct"), note="Spanish: four students with a strong smell of gas in the kitchen")

    # ---- Thursday 7 October ---------------------------------------------------------------
    big = tw("maddie_cole_tv", f"Renting in 2027: my @{B} flat has black mould creeping up the nursery wall, the agent's answer is 'open a window' and the rent has just gone up 8%. I have a platform and I'm still being ignored, so what hope does anyone else have?",
             when="2027-10-07T06:10:00Z",
             metrics={"retweet_count": 2600, "reply_count": 1400, "like_count": 31200, "quote_count": 480})
    SC("keystone-big-reach-presenter-mould", "big-reach", big, expect(RP, "high", "damp", "indirect"),
       note="890k followers; the handle in the middle of a post to everyone")
    SC("keystone-repost-presenter-mould", "repost", tw("becky_rt_wx", "", retweet=big, when="2027-10-07T06:40:12Z"),
       expect(IGN, "low", "damp", "indirect"))
    SC("keystone-big-reach-landlord-fees", "big-reach",
       tw("property_paul", f"Landlords: check your @{B} statements this month. Mine has a 'renewal admin fee' AND a 'compliance fee' on the same tenancy. £540 for one form. I've asked for an itemised invoice. Anyone else?",
          when="2027-10-07T07:20:00Z",
          metrics={"retweet_count": 640, "reply_count": 410, "like_count": 5900, "quote_count": 95}),
       expect(RP, "high", "rent", "indirect"), note="520k followers, a landlord client: the handle in passing")
    SC("keystone-private-referencing-dob-address", "private-details",
       tw("jordan_osei_wx", f"@{B} referencing keeps failing my application. DOB is 14/03/1998, email j.osei.wex@mailbox.example, current address 22 Farrier Street, Wexmoor WX4 7PL. I've sent all of it 3 times. what else do you need?",
          when="2027-10-07T08:05:29Z"),
       expect(RV, "normal", "viewings", "direct"), note="date of birth, email and home address in public")
    hotline = tw("pete_nwosu_wx", f"@{B} rang your 24/7 line 0808 157 0391 at 2am when a pipe burst under the sink and flooded the kitchen. got a voicemail telling me to ring back in office hours. what's the point of it?",
                 when="2027-10-07T08:40:44Z")
    SC("keystone-hotline-2am-voicemail", "public-hotline-number", hotline, expect(RP, "normal", "repairs", "direct"),
       strict=False, note="the brand's own helpline number is not a private detail; the flood is over")
    SC("keystone-spam-fake-support-reply", "spam",
       tw("KeystoneLetsHQ", "@pete_nwosu_wx Hi Pete! Keystone Lettings tenant support here ✅ so sorry about your night. DM us your tenancy reference and bank details and we'll refund your October rent today 💷",
          reply_to=hotline, when="2027-10-07T08:43:02Z"),
       expect(IGN, "low", ANY, "third_party"),
       note="a fake support account fishing for bank details under a real tenant's post; tenancy, rent and refund words tie")
    SC("keystone-portal-down-rent-due", "complaint-direct",
       tw("leah_tanner_wx", f"@{B} the tenant portal has been down since this morning, 'error 500' on every page. rent's due tomorrow and I can't pay it or even see what I owe. is anyone fixing it?",
          when="2027-10-07T09:30:15Z"),
       expect(RP, "high", "portal", "direct"), note="the tenant portal is down for everyone: an outage")
    SC("keystone-html-script-portal-form", "html-entities",
       tw("kit_danso_sec", f"@{B} &lt;script&gt;alert(document.cookie)&lt;/script&gt; your tenant portal's contact form accepts this happily. more to the point, it keeps logging me out before I can upload my payslips",
          when="2027-10-07T10:15:38Z"),
       expect(RP, "normal", "portal", "direct"), note="hostile HTML around a real complaint; it arrives escaped")
    SC("keystone-it-caldaia-priory-fields", "non-english",
       tw("luca_moretti_wx", f"@{B} Buongiorno, la caldaia nel nostro appartamento a Priory Fields non funziona da sabato: niente riscaldamento e niente acqua calda. Quando viene il tecnico? Grazie",
          lang="it", when="2027-10-07T11:20:03Z"),
       expect(RP, "normal", "heating", "direct"), note="Italian: no heating or hot water since Saturday")
    SC("keystone-fr-caution-etat-des-lieux", "non-english",
       tw("camille_roux_wx", f"@{B} Bonjour, j'ai quitté l'appartement de Tanner's Row le 31 août et je n'ai toujours pas reçu ma caution. Vous avez retenu 400 £ pour le ménage alors que l'état des lieux de sortie était parfait. Pourquoi ?",
          lang="fr", when="2027-10-07T12:10:50Z"),
       expect(RP, "normal", "deposits", "direct"), note="French: deposit withheld for cleaning after a clean check-out")
    SC("keystone-pt-renda-nao-paga", "non-english",
       tw("beatriz_lima_wx", "A app da Keystone Lettings diz que a minha renda de outubro não foi paga, mas o pagamento saiu da minha conta no dia 1. Já enviei o comprovativo duas vezes e ninguém responde 😤",
          lang="pt", when="2027-10-07T13:00:22Z"),
       expect(RP, "normal", "rent", "indirect"), note="Portuguese: rent marked unpaid although it left her account; brand named without a tag",
       known_miss="round 11, not met yet: action: want \"respond_public\", got monitor; priority: want \"normal\", got low; the engine read: names Keystone Lettings in a post to everyone | general chatter about the brand | topic rent: 'renda', 'pagamento'")
    SC("keystone-spam-rental-scam-recovery", "spam",
       tw("FundsBackFast24", "Lost money to a fake Keystone Lettings ad or a rental scam? 💰 Our certified recovery agents get your funds back in 48hrs, crypto accepted ✅ DM now #tenants #scam #Wexmoor",
          when="2027-10-07T14:00:00Z"),
       expect(IGN, "low", None, "indirect"), note="a 'fund recovery' scam using the brand's name")
    SC("keystone-medical-dialysis-electrics-private", "medical-urgent",
       tw("grace_adeyemi_w", f"@{B} mum does dialysis at home overnight and the electrics have tripped 3 times since your electrician came on Monday. her machine cut out twice last night and the hospital says she can't miss more. 9 Rowan Close, WX2 5JD. please ring me on 07700 900561",
          when="2027-10-07T15:30:07Z"),
       expect(RV, "urgent", "safety", "direct"),
       note="a medical need today, with a home address and a phone number: private and urgent")
    SC("keystone-common-bridge-keystone-cracked", "common-word",
       tw("bridge_mason", "Closed the old packhorse bridge at Fallowby today: the keystone of the main arch has cracked right through and the whole span is unsafe until we can cut and set a new one. Hand-dressed gritstone, three weeks' work 🪨",
          when="2027-10-07T16:10:34Z"),
       expect(IGN, "low", "safety", "none"), note="the stone at the top of an arch; 'unsafe' is a safety keyword")

    # ---- Friday 8 October -----------------------------------------------------------------
    SC("keystone-safety-ceiling-came-down-sparking", "safety-urgent",
       tw("aidan_frost_wx", "THE CEILING CAME DOWN IN MY BATHROOM. water pouring through the light fitting from the flat upstairs and it's sparking. Keystone Lettings out of hours line rang out twice. what do I DO",
          when="2027-10-07T23:40:18Z"),
       expect(RP, "urgent", "safety", "indirect"), note="panic in the middle of the night: water and live electrics")
    SC("keystone-safety-break-in-door-lock", "safety-urgent",
       tw("rachel_mbeki_wx", f"@{B} since the break-in on Wednesday night the front door is hanging off its hinges and we can't secure the flat. Police have been. I'm on my own with two kids and it's not safe, and you keep saying next week. Can someone come today please?",
          when="2027-10-08T06:20:41Z"),
       expect(RP, "urgent", "safety", "direct"), note="a family that cannot lock its home after a burglary")
    SC("keystone-repeat-ceiling-leak-third-time", "repeat-contact",
       tw("megan_roy_wx", f"@{B} third time asking: when is someone coming about the leak in the bathroom ceiling? reported 14 Sept, 24 Sept and 1 Oct. a job number means nothing if nobody turns up",
          when="2027-10-08T07:00:29Z"),
       expect(RP, "high", "repairs", "direct"), note="the third contact about the same leak")
    SC("keystone-safety-balcony-railing-toddler", "safety-urgent",
       tw("zoe_pike_wx", "the balcony railing at our Keystone Lettings flat is hanging off at one end. reported it 3 weeks ago. found my 2 year old leaning on it this morning. we're on the 4th floor. it's dangerous and I'm scared stiff",
          when="2027-10-08T07:15:52Z"),
       expect(RP, "urgent", "safety", "indirect"), note="a toddler next to a loose railing four floors up, brand named without a tag")
    SC("keystone-safety-nan-fell-stairs", "safety-urgent",
       tw("connor_hayes_wx", f"@{B} my nan just fell down the stairs on the loose carpet rod you were told about in August. she's hurt her hip and can't get up, paramedics are with her now",
          when="2027-10-08T09:05:13Z"),
       expect(RP, "urgent", "safety", "direct"), note="an injury on a hazard that was reported, right now")
    SC("keystone-legal-small-claims-deposit", "legal-threat-not-urgent",
       tw("chris_dale_wx", "Keystone Lettings kept £780 of my deposit for 'professional cleaning' on a flat I'd had professionally cleaned, receipt and all. The TDS dispute is lodged, and if that fails I'll see them in the small claims court.",
          when="2027-10-08T10:00:36Z"),
       expect(RP, "high", "deposits", "indirect"), note="a court threat about his own deposit, brand named without a tag")
    SC("keystone-sarcasm-tap-seven-weeks", "sarcasm-customer",
       tw("beth_carr_wx", f"@{B} 7 weeks to fix a dripping tap. truly world-class service, can't wait to see what you do with the oven that's been broken since August 🙃",
          when="2027-10-08T11:00:04Z"),
       expect(RP, "normal", "repairs", "direct"))
    SC("keystone-abuse-portal-rent-twice", "abuse-with-problem",
       tw("shaun_mcgee", f"@{B} you useless shower of clowns, your portal has taken my rent TWICE this month, £1,350 x2, and now I can't pay my own bills. give it back today",
          when="2027-10-08T12:00:47Z"),
       expect(RP, "high", "rent", "direct"), note="rude, but money taken twice is a real problem")
    SC("keystone-fraud-fake-agent-holding-deposit", "complaint-direct",
       tw("ola_adebayo_wx", f"@{B} did a 'Josh from Keystone' advertise a 2 bed on Tanner's Row on Facebook? I sent him £950 as a holding deposit to secure it, now his number's dead and the flat doesn't exist. please tell me he's one of yours",
          when="2027-10-08T13:10:19Z"),
       expect(RP, "high", "deposits", "direct"), note="money lost to a fraudster using the brand's name",
       known_miss="round 11, not met yet: priority: want \"high\", got normal; the engine read: addressed to @KeystoneLets | complaint (0.58) | topic deposits: 'holding deposit', 'deposit', 'deposits'")
    SC("keystone-praise-full-deposit-back", "praise",
       tw("katie_lam_wx", "Shout out to Keystone Lettings for returning our full deposit 4 days after check-out, no deductions, no arguments. First time in four rentals that's happened 🥹",
          when="2027-10-08T14:30:55Z"),
       expect(RP, "low", "deposits", "indirect"), note="praise, brand named without a tag")
    SC("keystone-question-cat-pets", "question",
       tw("anna_kowal_wx", f"@{B} our tenancy agreement says no pets without written permission. who do I ask about getting a cat, and would it mean a bigger deposit or a change to the rent?",
          when="2027-10-08T15:10:32Z"),
       expect(RP, "normal", "tenancy", "direct"))
    slow = tw("ellie_brooks_wx", "is it normal for an agent to take three weeks to answer one email?", when="2027-10-08T16:00:00Z")
    SC("keystone-venting-mould-open-window", "third-party-venting",
       tw("nathan_cross_wx", "@ellie_brooks_wx three weeks is quick for Keystone. took them six to answer me about the black mould in the bedroom and then they told me to 'open a window' 🙃",
          reply_to=slow, when="2027-10-08T16:20:41Z"),
       expect(MON, "low", "damp", "third_party"), note="venting in someone else's thread, brand not tagged")
    waiting = tw("hollie_g_wx", "how long do deposits usually take to come back after you move out? it's been a week and I'm getting twitchy",
                 when="2027-10-08T17:00:00Z")
    reassure = tw("marcus_lee_wx", "@hollie_g_wx Keystone did ours in 9 days last year. they email the check-out report first and the money follows a couple of days later, don't panic x",
                  reply_to=waiting, when="2027-10-08T17:15:26Z")
    SC("keystone-chatter-check-out-report", "third-party-chatter", reassure, expect(MON, "low", "deposits", "third_party"),
       note="reassurance in someone else's thread")
    SC("keystone-joke-keys-gone", "joke-bystander",
       tw("dad_jokes_dev", "@marcus_lee_wx @hollie_g_wx Keystone? more like Keys-gone-for-9-days 🔑😂 I'll get my coat",
          reply_to=reassure, when="2027-10-08T17:31:09Z"),
       expect(IGN, "low", "tenancy", "third_party"),
       note="a bystander's pun on the brand's name in someone else's thread; 'keys' is a tenancy keyword")

    # ---- Saturday 9 October ---------------------------------------------------------------
    SC("keystone-in-passing-damp-kids-room", "complaint-in-passing",
       tw("gemma_ward_wx", f"October so far: car failed its MOT, the cat's been sick on the sofa twice, work's a nightmare and @{B} still haven't sent anyone about the damp in the kids' room. off to a flyer 🙃",
          when="2027-10-09T08:30:14Z"),
       expect(RP, "normal", "damp", "indirect"), note="the brand tagged in the middle of a list of bad news")
    SC("keystone-indirect-on-hold-deposit", "complaint-indirect",
       tw("kayleigh_j_wx", "honestly I would murder someone for an agent that picks up the phone. 47 minutes on hold to Keystone Lettings today just to ask where my deposit is",
          when="2027-10-09T09:15:48Z"),
       expect(RP, "normal", "deposits", "indirect"), note="'murder' is a figure of speech, not a threat: an ordinary complaint")
    SC("keystone-news-rival-takeover", "news-monitor",
       tw("agent_weekly", "Keystone Lettings buys Wexmoor rival Harcourt &amp; Vine, taking its managed portfolio to about 2,400 homes across the town and the Calder villages {url:https://agentweekly.example/keystone-harcourt-vine}",
          when="2027-10-09T09:00:00Z"),
       expect(MON, "low", None, "indirect"))
    SC("keystone-chatter-neon-key", "chatter-monitor",
       tw("jake_ellis_wx", "the new Keystone Lettings office on Priory Fields has a giant neon key hanging over the entrance 🔑 very Vegas, very not Wexmoor",
          when="2027-10-09T10:40:31Z"),
       expect(MON, "low", None, "indirect"),
       known_miss="round 11, not met yet: topic: want null, got tenancy; the engine read: names Keystone Lettings in a post to everyone | general chatter about the brand | topic tenancy: 'keys'")
    SC("keystone-html-spam-deposit-claims", "html-entities",
       tw("tenantclaimsuk", "&lt;a href=\"keystone-refunds.example\"&gt;CLAIM NOW&lt;/a&gt; Keystone Lettings tenants: you could be owed £1,000s in unprotected deposit refunds 💷 find out in 30 seconds",
          when="2027-10-09T11:20:00Z"),
       expect(IGN, "low", "deposits", "indirect"), note="spam with a link tag; 'deposit' and 'refunds' are deposits keywords")
    SC("keystone-common-keystone-species", "common-word",
       tw("rewild_rosie", "Beavers really are a keystone species: one dam and within two years the whole valley floor is wetter, with more insects, more fish and more birds. Fallowby brook is the proof 🦫",
          when="2027-10-09T12:05:22Z"),
       expect(IGN, "low", None, "none"), note="ecology")
    SC("keystone-namesake-kops-silent-film", "namesake",
       tw("regent_wexmoor", "Silent Saturday 🎬 Keystone Kops shorts with a live pianist tonight at 8. Bar open from 7, and yes, there will be custard pies",
          when="2027-10-09T13:00:00Z"),
       expect(IGN, "low", None, "none"), note="the silent-film policemen",
       known_miss="round 11, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Keystone Lettings in a post to everyone | general chatter about the brand")
    score = tw("matchday_mike_w", "how are Wexmoor Town this bad without Rice?? 3-0 down at home", when="2027-10-09T15:50:00Z")
    SC("keystone-common-midfield-collapses", "common-word",
       tw("dom_kerr_wx", "@matchday_mike_w he's the keystone of that midfield. take him out and the whole thing collapses, happens every single time",
          reply_to=score, when="2027-10-09T16:04:37Z"),
       expect(IGN, "low", "safety", "none"), note="'the keystone of' as an everyday phrase, inside a reply; 'collapses' is a safety keyword")

    # ---- Sunday 10 October ----------------------------------------------------------------
    SC("keystone-namesake-keystone-light-fridge", "namesake",
       tw("uni_house_josh", "who leaves 30 cans of Keystone Light in a student house fridge after a party and then just... leaves 🍺 we're not drinking it. we have standards. just about",
          when="2027-10-10T10:00:14Z"),
       expect(IGN, "low", "repairs", "none"), note="the American beer; 'fridge' is a repairs keyword")
    SC("keystone-namesake-keystone-state", "namesake",
       tw("jen_from_pgh", "Back in the Keystone State for a week 🍁 the leaves around Pittsburgh in October are unreal and I've already eaten my body weight in pierogies",
          when="2027-10-10T11:30:40Z"),
       expect(IGN, "low", None, "none"), note="Pennsylvania")
    SC("keystone-namesake-console-update-error", "namesake",
       tw("ash_plays_wx", "the new Keystone Vanta firmware has bricked my handheld. stuck on error 0x82 after every boot and the companion app just says 'try again later' 🙄",
          when="2027-10-10T12:45:09Z"),
       expect(IGN, "low", "portal", "none"), note="a games console; 'error' and 'app' are portal keywords",
       known_miss="round 11, not met yet: action: want \"ignore\", got respond_public; priority: want \"low\", got normal; addressed: want \"none\", got indirect; the engine read: names Keystone Lettings in a post to everyone | describes their own experience | complaint (0.72) | topic portal: 'error', 'errore', 'app'")
    gp = tw("nat_poorly_wx", "new to Wexmoor, can anyone recommend a GP surgery? need someone who actually listens", when="2027-10-10T14:00:00Z")
    SC("keystone-namesake-dr-keystone-reply", "namesake",
       tw("dee_wilson_wx", "@nat_poorly_wx ask for Dr Keystone at Priory Road surgery. best GP I've ever had and she really does listen",
          reply_to=gp, when="2027-10-10T14:22:51Z"),
       expect(IGN, "low", "safety", "none"), note="a doctor's surname, inside a reply; 'GP' is a safety keyword")
    SC("keystone-namesake-heating-plumbing-firm", "namesake",
       tw("linda_barnes_wx", "Keystone Heating &amp; Plumbing serviced my mum's boiler today. On time, tidy, explained everything and only £85. Can't recommend them enough 👍",
          when="2027-10-10T15:40:26Z"),
       expect(IGN, "low", "heating", "none"),
       note="a separate local heating firm, praised by the owner's daughter: not the letting agent",
       known_miss="round 11, not met yet: action: want \"ignore\", got respond_public; priority: want \"low\", got high; addressed: want \"none\", got indirect; the engine read: names Keystone Lettings in a post to everyone | describes their own experience | complaint (0.50) | loss of service | topic heating: 'heating', 'heat', 'boiler', 'boilers'")
    return brand


BRANDS["keystone-lettings"] = ("KeystoneLets", 4378901235, build_keystone_lettings)
