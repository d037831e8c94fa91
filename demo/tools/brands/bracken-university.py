# Bracken University: a made-up university in the made-up city of Wenmouth, with the Kellaway
# Road city campus and the Hollins Park science campus; courses, lectures, seminars and labs;
# exams, coursework and results; halls of residence (Foxwell Court, Marston Towers, Lindley Hall,
# Priory Mews); tuition fees, instalments and bursaries; the Aldous Library; IT (the MyBracken
# student portal, the Canopy learning platform, wifi, student email); student wellbeing and
# counselling; the students' union and its bar, the Sett; graduation, open days and admissions.
# Fires, carbon-monoxide alarms, injuries, medical needs, threats and students in a mental-health
# crisis go to the campus safety and crisis desk first.
# "Bracken" is also the fern on the fells and commons round Wenmouth (bracken fires, ticks on
# dogs and walkers, allotments full of it, a rusty-brown paint colour, a dissertation subject),
# a surname (Jamie Bracken the footballer, Helen Bracken the newsreader), the Bracken Arms pub,
# the Bracken Hill estate, Bracken Rovers (a village football club), a racehorse, Bracken Bedding
# (a garden-supply firm), an indie band and Bracken the Dog (a children's TV show): none of them
# is the university.
# Written blind, from PRODUCT.md and the scenario README's conventions only. The week of
# 14 February 2028: on Monday, deadline day for Semester 1 coursework, the Canopy learning
# platform crashes at 10:30 and the deadline moves to Wednesday; all week Block B of Foxwell
# Court has no heating or hot water and Marston Towers has mould; lecturers strike on Wednesday
# and Thursday; on Wednesday night a student posts that she can't go on; on Thursday a
# carbon-monoxide alarm goes off in Lindley Hall and, just before midnight, a kitchen fire
# empties Marston Towers. Friday is results day (with its own glitches) and the news of the
# fire; Saturday is an applicant open day; Sunday is quiet.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place,
# building, student, account, card and invoice number, phone number, address and email
# address here is made up. Phone numbers are from the UK drama ranges; the card number is a
# Luhn-valid test number.


def build_bracken_university():
    global CURRENT_BRAND, CLOCK
    brand = Brand("bracken-university", SCEN_DIR / "bracken-university.plan.toml", "BrackenUni", 4578901245, 1861220000000005001)
    CURRENT_BRAND, CLOCK = brand, Clock("2028-02-14T05:30:00Z")
    B = "BrackenUni"
    user(B, "Bracken University", 4578901245,
         "Bracken University 🌿 Wenmouth. Student Hub team here 8am–8pm, 7 days: 0808 157 0633. "
         "Emergencies & out of hours: Campus Security 0808 157 0614 (24/7). Never post your student number or password here.",
         61_800, following=930, tweets=27_400, listed=480, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 10140100000 + _n[0] * 4129, bio, followers, **kw)

    person("jonah_p_bra", "Jonah Pike", "2nd year History. Foxwell Court. Mostly tea.", 310)
    person("saoirse_st_bra", "Saoirse Lyle", "Final year Biomed @ Bracken 🧬 study vlogs, coffee, chaos. New video every Sunday 🎥",
           520_000, following=640, listed=1900, verified=True)
    person("kit_wells_bra", "Kit Wells", "Professional heckler of other people's content.", 240)
    person("liv_carter_bra", "Liv Carter", "Psych student. Kingsholme. Crochet and panic.", 390)
    person("tom_reyes_bra", "Tom Reyes", "Bracken. English Lit. Words are hard.", 280)
    person("TheFrond_bra", "The Frond", "Bracken's independent student newspaper since 1967. Tips: news@thefrond.example", 8_900)
    person("ren_a_bra", "Ren Ashworth", "Engineering. Hollins Park. Sleep is for 3rd years.", 150)
    person("hana_geo_bra", "Hana Okoye", "MSc Ecology. Uplands, sheep and too many quadrats.", 620)
    person("BrackenArms_bra", "The Bracken Arms", "Proper pub, proper food. Quiz Tuesdays, live music Fridays. Holme Lane, Little Carrow.", 2_400)
    person("izzy_bra", "Izzy Marsh", "Fresher. Lindley Hall. Here for a good time.", 530)
    person("amir_k_bra", "Amir Khalid", "Computer Science. Accidentally the group chat's IT support.", 270)
    person("ellie_w_bra", "Ellie Wade", "Nursing student. Foxwell Court Block B. Permanently cold.", 340)
    person("dan_k_bra", "Dan Kerrigan", "Sports Science. Marston Towers. Gym, sleep, repeat.", 190)
    person("giulia_r_bra", "Giulia Russo", "Da Bari a Wenmouth. Architettura. Caffè serio.", 260)
    person("kofi_a_bra", "Kofi Asante", "Pharmacology. Marston Towers. Asthmatic and stubborn.", 220)
    person("priya_s_bra", "Priya Sethi", "Law. Future barrister, current mess.", 410)
    person("maddie_bra", "Maddie Cole", "Geography. Library 3rd floor, window seat, don't ask.", 180)
    person("gareth_m_bra", "Gareth Morgan", "Dad of three. Engineer. Reads the small print.", 140)
    person("EssayAce_bra", "EssayAce 📚✅", "Top grades guaranteed 💯 Essays, dissertations, lab reports. PhD writers 24/7. DM us", 3_100, following=4800)
    person("holly_n_bra", "Holly Nash", "Maths. 8am lectures are a human rights issue.", 230)
    person("fresher_jo_bra", "Jo Adebayo", "First year Politics. Still learning where everything is.", 160)
    person("old_hand_bra", "Caz Fenwick", "PhD, year 4. Have seen things.", 720)
    person("WenPost_bra", "Wenmouth Evening Post", "News for Wenmouth and the Carrow valley since 1871. Tips: news@wenpost.example",
           44_300, following=1100, verified=True)
    person("telly_tess_bra", "Tess Gallagher", "Watches too much telly and has opinions about all of it.", 1_300)
    person("wenath_fan_bra", "Gaz Pritchard", "Wenmouth Athletic 🔴⚫ home and away since 1998.", 1_700)
    person("lukas_h_bra", "Lukas Hoffmann", "Aus Leipzig. Erasmus in Wenmouth. Physik.", 200)
    person("rosie_t_bra", "Rosie Tran", "2nd year. Psychology. Cat person without a cat.", 260)
    person("ash_b_bra", "Ash Bennett", "Lindley Hall. Drama. Loud.", 430)
    person("meg_f_bra", "Meg Foley", "Lindley Hall. Chemistry. Worrier.", 210)
    person("sanne_v_bra", "Sanne Visser", "Uit Groningen. Uitwisselingsstudent in Wenmouth. Fietst overal.", 190)
    person("cal_m_bra", "Callum Murray", "Economics. Cycles in from Holme.", 170)
    person("nadia_k_bra", "Nadia Karimi", "Medicine yr 1. Marston Towers, 6th floor.", 380)
    person("tariq_h_bra", "Tariq Hussain", "Type 1 since I was 9. Accounting & Finance.", 240)
    person("bex_o_bra", "Bex Okafor", "Marston Towers. Music. Night owl.", 310)
    person("dominic_fry_bra", "Dominic Fry", "Broadcaster. Radio 6–9 weekdays, telly on Saturdays. Dad.",
           890_000, following=1_050, listed=4200, verified=True)
    person("chen_l_bra", "Chen Li", "Marketing. Marston Towers. Trying my best.", 150)
    person("jess_o_bra", "Jess Oduya", "Law. Would like my exam back please.", 290)
    person("beatriz_s_bra", "Beatriz Santos", "De Coimbra para Wenmouth. Bioquímica.", 220)
    person("sam_r_bra", "Sam Rowley", "Care leaver. First in my family at uni. Stubborn.", 180)
    person("kieran_bra", "Kieran Doyle", "Say it to my face.", 70)
    person("naomi_p_bra", "Naomi Price", "Business. Part-time barista. Full-time tired.", 260)
    person("ruth_b_bra", "Ruth Bello", "Marston Towers (formerly). Social Work.", 140)
    person("lena_bra", "Lena Fischer", "Pendlerin. History of Art.", 110)
    person("grace_w_bra", "Grace Whitfield", "Mum of a Bracken fresher. Worrier-in-chief.", 90)
    person("marisol_bra", "Marisol Vidal", "Valenciana. Quiero ser enfermera. Soñadora.", 340)
    person("camille_bra", "Camille Durand", "Lyonnaise à Wenmouth. Master en relations internationales.", 250)
    person("racing_rick_bra", "Rick Tully", "Tips, tips and more tips. Each way or no way 🐎", 6_300)
    person("BrkRovers_bra", "Bracken Rovers FC", "Village football since 1921 ⚽ Carrow Valley League Div 2. Tea hut open every home game.", 1_100)
    person("indie_nell_bra", "Nell Ainsworth", "Gigs, vinyl, sad songs. In that order.", 3_800)
    person("dad_of3_bra", "Rob Harding", "Dad of three under 7. Half-term survivor (pending).", 420)
    person("gardengail_bra", "Gail Turnbull", "Veg beds, compost and a very judgmental robin.", 970)
    person("BrkHillRA_bra", "Bracken Hill Residents", "Residents' association for the Bracken Hill estate, Wenmouth. Meetings 1st Tuesday.", 760)
    person("fellwalker_bra", "Dougie Rennie", "Fells, flasks and frozen fingers. Retired postie.", 2_100)
    person("OakbankVets_bra", "Oakbank Vets", "Small animal vets in Holme & Little Carrow 🐾 24h emergency line on our website.", 5_400)
    person("mo_walks_bra", "Mo Bashir", "Walks, birds, the odd bad pun.", 610)
    person("allot_al_bra", "Alan Pyke", "Plot 14. Leeks, spuds and opinions.", 380)
    person("diyjen_bra", "Jen Roper", "Renovating a 1930s semi one disaster at a time.", 1_500)
    person("WenFire_bra", "Wenmouth Fire & Rescue", "Wenmouth Fire & Rescue Service. In an emergency always call 999. Not monitored 24/7.",
           28_600, following=700, verified=True)
    person("GrowthGuru_bra", "Growth Guru 📈", "Real followers, real fast. Societies, clubs, creators. DM for packages 💸", 2_600, following=4900)
    person("BrackenHelp_bra", "Bracken Student Support ✅", "Official accommodation & finance help 24/7 🎓 DM us to fast-track refunds", 35, following=4700)
    person("RecoverPro_bra", "RecoverPro Assets ✅", "Certified crypto & scam fund recovery. 100% success. DM ✅", 6_900, following=5000)
    person("uni_freebie_bra", "Student Freebies UK 🎁", "Giveaways for students every week! Follow + RT to enter 🎓🎁", 4_200, following=4900)
    person("ayo_d_bra", "Ayo Daniels", "Counselling changed my life. Psychology. Priory Mews.", 330)
    person("fern_h_bra", "Fern Hughes", "3rd year English. Night-shift library gremlin.", 460)
    person("ollie_g_bra", "Ollie Grant", "Nan's favourite grandson. Graduating in July (hopefully).", 200)
    person("zain_m_bra", "Zain Malik", "Nurse by day. Student by night. Tired always.", 190)
    person("hamza_bra", "Hamza Ali", "Mech Eng. Lab reports are my cardio.", 240)
    person("kemi_bra", "Kemi Adeyemi", "Wenmouth born. Drives everywhere.", 510)
    person("yusuf_t_bra", "Yusuf Tan", "Thinking about money 24/7. Final year Econ.", 300)
    person("pete_f_bra", "Pete Fairley", "Bracken alumnus 2019. Still owes the library a book.", 880)
    person("cara_l_bra", "Cara Lowe", "Applying for nursing. Scared but excited.", 120)
    person("lily_s_bra", "Lily Shaw", "Stats & Maths. Numbers don't lie, markers do.", 260)
    person("brooke_bra", "Brooke Ellison", "MOT failed, vibes failed. Sociology.", 320)
    person("aisha_j_bra", "Aisha Jama", "Marston Towers. Photography. Damp enthusiast (not by choice).", 450)
    person("flo_bra", "Flo Pennington", "English & Drama. Stairs are my new desk.", 270)
    person("matt_h_bra", "Matt Holloway", "Marston Towers, room 11F. Civil Eng.", 150)
    person("parent_sue_bra", "Sue Barton", "Mum of Josh (17). Open day season. Help.", 110)

    # ---- Monday 14 February: deadline day, and Canopy falls over ----------------------------
    SC("bracken-brand-own-deadline-day", "brand-own-post",
       tw(B, "📚 Deadline day for lots of you: Semester 1 coursework is due by 12:00 today. The Aldous Library is open 24h and the IT desk is staffed from 8am. You've got this 💚",
          when="2028-02-14T06:00:00Z"),
       expect(IGN, "low", "exams", "none"))
    jonah = tw("jonah_p_bra", f"@{B} canopy is down?? 502 error every time i try to upload my essay and it's due at 12. what are we meant to do",
               when="2028-02-14T10:41:12Z")
    SC("bracken-complaint-canopy-down-deadline", "complaint-direct", jonah, expect(RP, "high", "digital", "direct"),
       note="the learning platform is down for everyone, ninety minutes before a deadline: an outage")
    jonah_brand = tw(B, "@jonah_p_bra Sorry Jonah, Canopy is down for everyone and IT are on it. Nobody will get a late penalty: today's 12:00 deadline moves to Wednesday 12:00 for every module. We'll post an update here by 1pm.",
                     reply_to=jonah, when="2028-02-14T10:58:40Z")
    SC("bracken-brand-reply-jonah-deadline-moved", "brand-own-post", jonah_brand, expect(IGN, "low", ANY, "none"))
    SC("bracken-thread-jonah-module-leader", "thread-with-brand",
       tw("jonah_p_bra", "cheers. is that official though? my module leader just told our group chat it still closes at 12 and anything late gets capped at 40",
          reply_to=jonah_brand, when="2028-02-14T11:09:03Z"),
       expect(RP, "normal", "courses", "direct"), strict=False,
       note="a follow-up question in the brand's thread, no @, minutes after the answer: a clarification (normal), though some would count any return to an answered case as high")
    saoirse = tw("saoirse_st_bra", "Day 1 of the 'final year deadline week' vlog and Bracken Uni's Canopy has crashed 80 mins before my chapter is due. The upload page won't load, the app won't log in. Filming my breakdown live I guess 🙃",
                 when="2028-02-14T10:52:30Z",
                 metrics={"retweet_count": 2300, "reply_count": 1700, "like_count": 41200, "quote_count": 310})
    SC("bracken-big-reach-vlogger-canopy", "big-reach", saoirse, expect(RP, "high", "digital", "indirect"),
       note="520k followers, a student of the brand, during the outage; named without a tag")
    SC("bracken-joke-fern-tastic-vlog", "joke-bystander",
       tw("kit_wells_bra", "@saoirse_st_bra a uni named after a weed that spreads everywhere, except onto its own servers. Bracken really said fern-tastic content 🌿",
          reply_to=saoirse, when="2028-02-14T11:03:51Z"),
       expect(IGN, "low", ANY, "third_party"), note="a stranger's pun on the name under the vlogger's post")
    liv = tw("liv_carter_bra", "is everyone's uni website dead today or is it just Kingsholme being Kingsholme", when="2028-02-14T11:00:00Z")
    SC("bracken-venting-canopy-friends-thread", "third-party-venting",
       tw("tom_reyes_bra", "@liv_carter_bra not just you, Bracken's canopy has been dead since half 10. three pieces of work stuck on the upload screen at 99% and my soul with them",
          reply_to=liv, when="2028-02-14T11:14:26Z"),
       expect(MON, "low", "digital", "third_party"), note="venting to a friend at another university, brand not tagged: don't butt in")
    SC("bracken-news-frond-canopy-crash", "news-monitor",
       tw("TheFrond_bra", "Canopy, Bracken University's online learning platform, crashed at 10:30 this morning with thousands of students trying to upload work. The university says nobody will be penalised {url:https://thefrond.example/news/canopy-crash}",
          when="2028-02-14T12:20:00Z"),
       expect(MON, "low", "digital", "indirect"))
    canopy_back = tw(B, "✅ Canopy is back. Every Semester 1 deadline that fell today now moves to Wednesday 16 Feb at 12:00, and no late penalties will be applied. Thank you for your patience, and sorry for a horrible morning. {url:https://bracken.example/canopy-update}",
                     when="2028-02-14T13:05:00Z")
    SC("bracken-repost-canopy-back", "repost", tw("ren_a_bra", "", retweet=canopy_back, when="2028-02-14T13:11:45Z"),
       expect(IGN, "low", ANY, "indirect"))
    SC("bracken-q-reply-lab-reports", "question-in-reply-to-brand",
       tw("hamza_bra", "does the move to wednesday cover lab reports too or just essays? our mech eng ones were due at 4pm today, not 12",
          reply_to=canopy_back, when="2028-02-14T13:32:19Z"),
       expect(RP, "normal", "exams", "direct"), note="a question under the brand's post, no @")
    SC("bracken-quote-canopy-back-lost-work", "quote",
       tw("maddie_bra", "'no late penalties' lovely, but who gives me back the 3 hours I spent in the library retyping an essay Canopy ate? asking for me",
          quote=canopy_back, when="2028-02-14T13:40:08Z"),
       expect(RP, "normal", ANY, "indirect"), strict=False,
       note="quotes the brand's post without a tag; a sarcastic complaint about her own lost work")
    SC("bracken-praise-it-desk", "praise",
       tw("amir_k_bra", f"@{B} massive thanks to whoever was on the IT desk at 11 this morning. talked me through saving my work offline and emailing it in so it's timestamped. actual legend",
          when="2028-02-14T14:02:37Z"),
       expect(RP, "low", "digital", "direct"))
    SC("bracken-common-dissertation-on-bracken", "common-word",
       tw("hana_geo_bra", "dissertation update: 11,000 words on bracken spreading across upland sheep grazing and my supervisor's only comment is 'think about the bracken more broadly' 🌿🙃 WHAT DOES THAT MEAN",
          when="2028-02-14T15:30:00Z"),
       expect(IGN, "low", "exams", "none"), note="a student writing about the fern, with a dissertation word")
    SC("bracken-namesake-arms-valentines", "namesake",
       tw("BrackenArms_bra", "Valentine's at the Bracken Arms tonight ❤️ three courses, a glass of fizz and Dave on the piano. Still a couple of tables left for 7:30, ring us on 01632 960418",
          when="2028-02-14T16:00:00Z"),
       expect(IGN, "low", "courses", "none"), note="a pub; 'courses' of a meal is a courses keyword")
    SC("bracken-chatter-su-valentines", "chatter-monitor",
       tw("izzy_bra", "the Sett bar doing £2 cocktails for Valentine's tonight, Bracken SU really said single and ready to mingle 💘 who's coming",
          when="2028-02-14T17:45:21Z"),
       expect(MON, "low", "campus", "indirect"), note="talk about the students' union bar, nothing to answer")

    # ---- Tuesday 15 February: the cold halls, the mould, the strike notice ------------------
    ellie = tw("ellie_w_bra", f"@{B} no heating or hot water in Foxwell Court block B since friday. it's meant to be -3 tonight. reported it on the maintenance form twice. can someone actually come?",
               when="2028-02-15T07:20:14Z")
    SC("bracken-complaint-foxwell-no-heating", "complaint-direct", ellie, expect(RP, "high", "halls", "direct"),
       note="a whole block without heating or hot water for four days in February: an outage")
    ellie_brand = tw(B, "@ellie_w_bra Ellie, that's not OK, I'm sorry. The Block B boiler needs a part that's due tomorrow morning and an engineer is booked for 9am. Until then Foxwell reception has heaters to borrow, and the showers in Block A are working.",
                     reply_to=ellie, when="2028-02-15T07:48:02Z")
    SC("bracken-brand-reply-ellie-heating", "brand-own-post", ellie_brand, expect(IGN, "low", "halls", "none"))
    SC("bracken-spam-fake-support-ellie", "spam",
       tw("BrackenHelp_bra", "@ellie_w_bra Hi Ellie 👋 Bracken Accommodation Support here ✅ we can fast-track your heating repair AND a rent refund. Just DM your student ID, date of birth and portal password to verify 🔐",
          reply_to=ellie, when="2028-02-15T08:02:33Z"),
       expect(IGN, "low", "halls", "third_party"), note="an impersonator under a real student's post, fishing for a password")
    SC("bracken-joke-fern-likes-damp", "joke-bystander",
       tw("mo_walks_bra", "@ellie_w_bra to be fair bracken is a fern, Ellie. damp and freezing is its natural habitat, they probably think it's a feature 🌿",
          reply_to=ellie, when="2028-02-15T08:15:44Z"),
       expect(IGN, "low", "halls", "third_party"), note="a bystander's pun on the name in someone else's thread")
    SC("bracken-abuse-clowns-mould-radiator", "abuse-with-problem",
       tw("dan_k_bra", f"@{B} you absolute clowns. £7k a year for a room in Marston with black mould up the wall and a radiator that's been 'on order' since november. sort it out or give me my rent back",
          when="2028-02-15T09:05:50Z"),
       expect(RP, "high", "halls", "direct"), note="rude, but a real problem with his room")
    SC("bracken-it-muffa-stanza", "non-english",
       tw("giulia_r_bra", f"@{B} Buongiorno, nella mia stanza a Marston Towers c'è muffa nera dietro il letto e sul soffitto, e il termosifone non funziona da una settimana. Ho già scritto due volte alla reception. Potete mandare qualcuno? Grazie",
          lang="it", when="2028-02-15T09:40:12Z"),
       expect(RP, "normal", "halls", "direct"), note="Italian: black mould and a broken radiator in her room")
    SC("bracken-medical-asthma-mould-room", "medical-urgent",
       tw("kofi_a_bra", f"@{B} i'm asthmatic and my room in Marston Towers has mould all round the window. had an asthma attack at 3am, used most of my inhaler and my breathing still isn't right. can i be moved somewhere today please",
          when="2028-02-15T10:12:27Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm request, but an asthma attack brought on by mould and breathing still not right")
    SC("bracken-private-student-number-dob", "private-details",
       tw("priya_s_bra", f"@{B} is my extension for the contract law coursework automatic after the canopy crash or do I need to apply? student number B2204417, DOB 03/09/2004. I missed yesterday's deadline because of it",
          when="2028-02-15T10:30:41Z"),
       expect(RV, "normal", "exams", "direct"), note="a student number and a date of birth in public")
    SC("bracken-question-library-24h", "question",
       tw("maddie_bra", f"@{B} is the Aldous library open 24 hours all week or just till wednesday? and can we book the group study spaces overnight?",
          when="2028-02-15T11:20:05Z"),
       expect(RP, "normal", "campus", "direct"))
    strike = tw(B, "Industrial action on Wed 16 and Thu 17 Feb: some lectures, seminars and labs won't go ahead. Your module page on Canopy will say what's on. The new coursework deadline (Wed 12:00) isn't affected. {url:https://bracken.example/industrial-action}",
                when="2028-02-15T15:00:00Z")
    SC("bracken-brand-own-strike-notice", "brand-own-post", strike, expect(IGN, "low", "courses", "none"))
    SC("bracken-repost-strike-notice", "repost", tw("holly_n_bra", "", retweet=strike, when="2028-02-15T15:12:30Z"),
       expect(IGN, "low", "courses", "indirect"))
    SC("bracken-quote-strike-module-page-empty", "quote",
       tw("holly_n_bra", "'your module page will say what's on' mine says nothing at all. 8am lecture tomorrow, do I get up or not 🙃",
          quote=strike, when="2028-02-15T15:20:47Z"),
       expect(RP, "normal", "courses", "indirect"), strict=False,
       note="a sarcastic question quoting the brand's post without a tag")
    SC("bracken-legal-parent-fees-small-claims", "legal-threat-not-urgent",
       tw("gareth_m_bra", f"@{B} my daughter pays £9,250 in tuition fees and she's had 4 lectures cancelled this term before your strike even starts. If part of the fees isn't refunded I'll take it to the small claims court and the student ombudsman.",
          when="2028-02-15T16:10:22Z"),
       expect(RP, "high", "fees", "direct"), note="a court and ombudsman threat from a parent: a strong complaint, not urgent")
    SC("bracken-namesake-newsreader-strike", "namesake",
       tw("telly_tess_bra", "Helen Bracken absolutely grilling the Kingsholme vice-chancellor about the lecturers' strike on Wenmouth Tonight. best telly all year 📺🔥",
          when="2028-02-15T19:10:00Z"),
       expect(IGN, "low", "courses", "none"), note="a newsreader's surname, about another university's strike")
    SC("bracken-spam-essay-mill", "spam",
       tw("EssayAce_bra", "Bracken students 📚 deadline moved to Wednesday? Don't stress! Custom essays &amp; dissertations by PhD writers, 100% plagiarism free, 24h turnaround. DM us now 💯",
          when="2028-02-15T20:00:00Z"),
       expect(IGN, "low", "exams", "indirect"), note="an essay mill using the brand's name", known_miss="round 13, not met yet: action: want \"ignore\", got monitor; the engine read: names Bracken University in a post to everyone | general chatter about the brand | topic exams: 'deadline', 'deadlines', 'essay', 'essays', 'dissertation', 'plagiarism'")

    # ---- Wednesday 16 February: strike day one ----------------------------------------------
    SC("bracken-sarcasm-8am-lecture-sign", "sarcasm-customer",
       tw("naomi_p_bra", "10/10 morning at Bracken. up at 6:30, bus at 7:15, reached the lecture theatre at 7:55 to find a paper sign saying the 8am lecture's off. love that for me 🙂",
          when="2028-02-16T08:05:18Z"),
       expect(RP, "normal", "courses", "indirect"), note="sarcasm with no complaint word: a cancelled lecture nobody was told about")
    SC("bracken-q-reply-strike-recorded", "question-in-reply-to-brand",
       tw("lily_s_bra", "will the lectures we miss be rescheduled or at least recorded? the stats exam in May covers all of it",
          reply_to=strike, when="2028-02-16T08:30:33Z"),
       expect(RP, "normal", "courses", "direct"), note="a question under the strike notice, no @")
    jo = tw("fresher_jo_bra", "first ever strike at uni, do I still go in for my 9am or what?", when="2028-02-16T07:50:00Z")
    SC("bracken-chatter-strike-advice", "third-party-chatter",
       tw("old_hand_bra", "@fresher_jo_bra check your module page first, most Bracken lecturers post the night before if they're striking. and you won't lose marks for not turning up to a cancelled one",
          reply_to=jo, when="2028-02-16T08:02:11Z"),
       expect(MON, "low", "courses", "third_party"), note="a stranger's advice in someone else's thread")
    SC("bracken-in-passing-wednesday", "complaint-in-passing",
       tw("holly_n_bra", f"wednesday so far: someone finished my oat milk, the 7:40 sailed straight past me, and @{B} cancelled my 10am seminar AND my 11am lecture by email at 9:58 while I was already sat outside. back to bed",
          when="2028-02-16T10:15:41Z"),
       expect(RP, "normal", "courses", "indirect"), note="the brand tagged in the middle of a bad morning")
    SC("bracken-news-strike-pickets", "news-monitor",
       tw("WenPost_bra", "Lecturers at Bracken University begin two days of strike action today over pay and workloads. Pickets are at the main gates on Kellaway Road {url:https://wenpost.example/news/bracken-strike}",
          when="2028-02-16T09:00:00Z"),
       expect(MON, "low", "courses", "indirect"))
    SC("bracken-de-heizung-wohnheim", "non-english",
       tw("lukas_h_bra", f"@{B} Seit Freitag keine Heizung und kein warmes Wasser im Wohnheim Foxwell Court, Block B. Heute um 9 sollte der Techniker kommen, aber niemand war da. Ich sitze mit Jacke und Mütze im Zimmer.",
          lang="de", when="2028-02-16T11:30:26Z"),
       expect(RP, "high", "halls", "direct"), note="German: the same block-wide heating and hot-water outage")
    SC("bracken-repeat-ellie-no-engineer", "repeat-contact",
       tw("ellie_w_bra", "it's wednesday afternoon. no engineer at 9, reception says the part 'didn't come', still no heating or hot water. that's the third time I've been told tomorrow",
          reply_to=ellie_brand, when="2028-02-16T14:05:37Z"),
       expect(RP, "high", "halls", "direct"), note="back in the brand's thread: the promise was not kept")
    SC("bracken-namesake-footballer", "namesake",
       tw("wenath_fan_bra", "JAMIE BRACKEN YOU BEAUTY 🚀 30 yards, top bins, Wenmouth Athletic 2-1 up at Grangeford!!! 🔴⚫",
          when="2028-02-16T20:41:00Z"),
       expect(IGN, "low", None, "none"), note="a footballer's surname")
    rosie = tw("rosie_t_bra", f"i can't do this anymore. failed the resit, canopy ate my essay and i've been on the @{B} counselling waiting list since november and nobody's called. i don't see the point of any of it. i just want it all to stop",
               when="2028-02-16T23:08:44Z")
    SC("bracken-medical-crisis-waiting-list", "medical-urgent", rosie, expect(RP, "urgent", "safety", "indirect"),
       note="a student in a mental-health crisis, lower case, the brand tagged in passing: risk to life comes first")
    rosie_brand = tw(B, "@rosie_t_bra Rosie, we're really glad you told us, and you don't have to wait for the list. Our out-of-hours wellbeing line is open right now, and if you feel you might act on these thoughts please call 999 or go to A&amp;E. We've sent you a DM so someone can call you tonight 💚",
                     reply_to=rosie, when="2028-02-16T23:19:02Z")
    SC("bracken-brand-reply-rosie-crisis", "brand-own-post", rosie_brand, expect(IGN, "low", ANY, "none"))

    # ---- Thursday 17 February: strike day two, a CO alarm, and a fire at midnight -----------
    ash = tw("ash_b_bra", "does anyone know how to get hold of an actual human at uni in the middle of the night? it's urgent", when="2028-02-17T00:40:00Z")
    SC("bracken-safety-flatmate-goodbye-text", "safety-urgent",
       tw("meg_f_bra", "@ash_b_bra my flatmate's locked herself in her room in Lindley since tuesday, sent us a goodbye text at midnight and isn't answering. we're scared she's going to hurt herself. Bracken security's number just rings out",
          reply_to=ash, when="2028-02-17T00:52:19Z"),
       expect(ANY, "urgent", "safety", "third_party"),
       note="inside someone else's thread, but a student may be about to harm herself: the risk outweighs 'don't butt in'; the action is left open")
    sanne = tw("sanne_v_bra", f"@{B} De koolmonoxidemelder bij ons in Lindley Hall gaat al tien minuten af. Twee van ons hebben hoofdpijn en zijn duizelig en misselijk. We staan nu buiten. Wat moeten we doen?",
               lang="nl", when="2028-02-17T07:35:10Z")
    SC("bracken-nl-safety-koolmonoxide", "safety-urgent", sanne, expect(RP, "urgent", "safety", "direct"),
       note="Dutch: a carbon-monoxide alarm in halls, two students with headaches and dizziness")
    sanne_brand = tw(B, "@sanne_v_bra Stay outside and don't go back in. Campus Security and a gas engineer are on their way to Lindley now. If anyone's headache or dizziness gets worse, call 999 (112 works too).",
                     reply_to=sanne, when="2028-02-17T07:41:55Z")
    SC("bracken-thread-sanne-boiler-flue", "thread-with-brand",
       tw("sanne_v_bra", "the engineer found a problem with the boiler flue and fixed it. we are all ok now, headaches gone. thank you for being so fast 🙏",
          reply_to=sanne_brand, when="2028-02-17T10:20:31Z"),
       expect(RP, "low", "halls", "direct"), note="thanks in the brand's thread, no @: settled, not urgent any more")
    SC("bracken-threat-picket-line", "threat-urgent",
       tw("cal_m_bra", f"@{B} a man at the Kellaway Road gates is screaming at students crossing the picket and just threatened a girl that he'd 'put her in the ground'. no security anywhere. someone needs to come NOW",
          when="2028-02-17T09:12:48Z"),
       expect(RP, "urgent", "safety", "direct"), note="a threat against a student happening now")
    SC("bracken-namesake-band-halls-album", "namesake",
       tw("indie_nell_bra", "Bracken's new album is called 'Halls' and it's ten songs about being 19 and skint in a freezing student flat and I am NOT okay 😭🎧",
          when="2028-02-17T12:00:00Z"),
       expect(IGN, "low", "halls", "none"), note="an indie band, singing about halls in the week the brand's halls are cold", known_miss="round 13, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Bracken University in a post to everyone | general chatter about the brand | topic halls: 'halls', 'hall', 'freezing', 'flat', 'flats'")
    SC("bracken-complaint-indirect-library-stairs", "complaint-indirect",
       tw("flo_bra", "Bracken shut the whole top floor of the library in deadline week and now 40 of us are sat on the stairs because every study space is taken. incredible planning",
          when="2028-02-16T10:45:09Z"),
       expect(RP, "normal", "campus", "indirect"))
    nadia = tw("nadia_k_bra", f"@{B} kitchen fire on floor 6 of Marston Towers, whole block evacuated, smoke all down the stairwell. my flatmate's gone in an ambulance with smoke inhalation and we're stood outside in pyjamas at -2. where are we supposed to go??",
               when="2028-02-17T23:52:16Z")
    SC("bracken-safety-marston-fire", "safety-urgent", nadia, expect(RP, "urgent", "safety", "direct"),
       note="a fire in halls, a student taken to hospital, hundreds outside in the cold")
    SC("bracken-medical-insulin-evacuated", "medical-urgent",
       tw("tariq_h_bra", f"@{B} we've been evacuated from Marston Towers for 2 hours. my insulin is in the fridge in my flat and I'm type 1, my next dose is due at 2am. can someone get me back in for it or tell me where to go?",
          when="2028-02-18T01:31:05Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question, but a type 1 diabetic cut off from his insulin")

    # ---- Friday 18 February: the fire in the news, and results day --------------------------
    fire_news = tw("WenPost_bra", "Bracken University: 340 students evacuated from Marston Towers overnight after a kitchen fire, one taken to hospital with smoke inhalation. Fire crews were there until 3am {url:https://wenpost.example/news/marston-towers-fire}",
                   when="2028-02-18T07:00:00Z")
    SC("bracken-news-marston-fire", "news-monitor", fire_news, expect(MON, "low", "safety", "indirect"),
       note="news of last night's fire: monitor; the students are already cases")
    SC("bracken-repost-fire-news", "repost", tw("grace_w_bra", "", retweet=fire_news, when="2028-02-18T07:20:40Z"),
       expect(IGN, "low", "safety", "indirect"))
    SC("bracken-praise-res-life-night", "praise",
       tw("bex_o_bra", f"@{B} shout out to the security team and the res life staff at Marston last night. blankets, tea, a bed in Priory Mews by 3am and someone even checked on my flatmate at the hospital. you were brilliant",
          when="2028-02-18T08:40:22Z"),
       expect(RP, "low", ANY, "direct"), note="thanks after the fire; everyone is safe now")
    SC("bracken-big-reach-broadcaster-fire-alarms", "big-reach",
       tw("dominic_fry_bra", f"My son was one of the 340 students stood outside Marston Towers at -2 last night. He says the fire alarms there 'go off so often nobody moves any more'. @{B} that isn't a joke, that's how people die. What are you doing about it?",
          when="2028-02-18T08:15:00Z",
          metrics={"retweet_count": 5200, "reply_count": 3100, "like_count": 62400, "quote_count": 870}),
       expect(RP, "high", "safety", "indirect"), strict=False,
       note="890k followers; the fire is out and everyone is safe, so high, though some would treat the fire-safety concern as urgent")
    SC("bracken-threat-knock-out-guard", "threat-urgent",
       tw("kieran_bra", f"@{B} third time this week your security guard at Marston has refused to let me into my own block because my student card was upstairs, even though he knows my face. next time he does it I'll knock him out, I swear down",
          when="2028-02-18T09:20:10Z"),
       expect(ANY, "urgent", "safety", "direct"), note="a threat against a member of staff with a complaint: only the priority is strict")
    SC("bracken-html-results-template", "html-entities",
       tw("chen_l_bra", f"@{B} my results page says &lt;td class=\"mark\"&gt;{{{{ grade }}}}&lt;/td&gt; instead of a mark for every single module 😂 is it my browser or have you broken results day as well",
          when="2028-02-18T09:05:33Z"),
       expect(RP, "normal", "exams", "direct"), note="a broken results template, delivered escaped")
    SC("bracken-indirect-exam-marked-absent", "complaint-indirect",
       tw("jess_o_bra", "Bracken have put my contract law exam down as 0 and 'absent'. I was literally sat in the exam hall, row F, for three hours in January 😭",
          when="2028-02-18T09:30:51Z"),
       expect(RP, "normal", "exams", "indirect"), note="her own results, brand named without a tag")
    SC("bracken-pt-resultados-pendentes", "non-english",
       tw("beatriz_s_bra", f"@{B} Olá! Os resultados do primeiro semestre já saíram, mas as notas de duas cadeiras continuam a aparecer como 'pendente'. Quando é que ficam disponíveis? Obrigada",
          lang="pt", when="2028-02-18T10:02:16Z"),
       expect(RP, "normal", "exams", "direct"), note="Portuguese: two marks still pending on results day")
    lily = tw("lily_s_bra", "results out. how is everyone feeling", when="2028-02-18T10:00:00Z")
    SC("bracken-venting-stats-mark", "third-party-venting",
       tw("zain_m_bra", "@lily_s_bra honestly gutted. Bracken marked me 38 in stats when I got 68 on the mock. emailed my tutor twice and nothing. so done with it",
          reply_to=lily, when="2028-02-18T10:20:08Z"),
       expect(MON, "low", "exams", "third_party"), note="venting to a friend, brand not tagged: don't butt in")
    SC("bracken-indirect-bursary-unpaid", "complaint-indirect",
       tw("sam_r_bra", "4 weeks into semester 2 and Bracken still haven't paid my care leavers' bursary. rent's due Monday and I've got £11 to my name",
          when="2028-02-18T11:00:32Z"),
       expect(RP, "normal", "fees", "indirect"), note="her own money, brand named without a tag")
    SC("bracken-abuse-instalment-twice", "abuse-with-problem",
       tw("yusuf_t_bra", f"@{B} you thieving shower of muppets. charged my £4,625 fee instalment TWICE this month and the finance office won't pick up. I want my money back today",
          when="2028-02-18T11:40:19Z"),
       expect(RP, "high", "fees", "direct"), note="rude, but he has lost money to a double charge")
    SC("bracken-private-card-instalment", "private-details",
       tw("naomi_p_bra", f"@{B} paid my instalment on the portal and it took it twice. card 4000 0566 5566 5556, exp 09/29, £2,312.50 each time. can you refund one please",
          when="2028-02-18T12:15:44Z"),
       expect(RV, "normal", "fees", "direct"), note="a full card number in public")
    SC("bracken-private-phone-address-after-fire", "private-details",
       tw("ruth_b_bra", f"@{B} still no keys for my new room in Priory Mews after the fire. please call me on 07700 900634 or email ruth.bello@studentmail.example, I'm staying at my aunt's at 22 Orchard Rise, Wenmouth WN4 7QE",
          when="2028-02-18T12:50:03Z"),
       expect(RV, "normal", "halls", "direct"), note="a phone number, an email and a home address in public; she is safe at her aunt's")
    SC("bracken-html-fee-invoice", "html-entities",
       tw("camille_bra", f"@{B} got an email saying 'Your fee invoice: &lt;b&gt;&amp;pound;0.00&lt;/b&gt;' and then another saying I owe £4,625 by Monday?? which one is right",
          when="2028-02-18T13:10:27Z"),
       expect(RP, "normal", "fees", "direct"), note="a broken invoice email, delivered escaped")
    SC("bracken-fr-frais-preleves-deux-fois", "non-english",
       tw("camille_bra", f"@{B} Bonjour, je suis étudiante internationale et mes frais de scolarité du semestre 2 ont été prélevés deux fois sur ma carte. Comment obtenir un remboursement ? Merci",
          lang="fr", when="2028-02-18T13:25:50Z"),
       expect(RP, "normal", "fees", "direct"), note="French: tuition fees taken twice, no card number given")
    SC("bracken-hotline-hub-on-hold", "public-hotline-number",
       tw("sam_r_bra", f"@{B} rang the Student Hub on 0808 157 0633 about my bursary this morning, 45 mins on hold then it cut me off. who do I actually talk to?",
          when="2028-02-18T14:00:17Z"),
       expect(RP, "normal", "fees", "direct"), strict=False, note="the brand's own helpline number is not a private detail")
    SC("bracken-in-passing-week-from-hell", "complaint-in-passing",
       tw("brooke_bra", f"what a week. car failed its MOT, my nan's in hospital with her hip, and @{B} took my tuition fee instalment twice so now I can't pay rent. fab",
          when="2028-02-18T15:30:04Z"),
       expect(RP, "normal", "fees", "indirect"), note="the brand tagged in a bad week; the hospital is about her nan, not the brand", known_miss="round 13, not met yet: priority: want \"normal\", got urgent; the engine read: tags @BrackenUni in a post to everyone | complaint (0.94) | a medical need: urgent | topic fees: 'tuition fee', 'tuition fees', 'tuition', 'fee', 'fees', 'instalment', 'instalments', 'pay', 'payé'")
    SC("bracken-legal-ombudsman-window", "legal-threat-not-urgent",
       tw("matt_h_bra", "Sending my formal complaint to the student ombudsman about Bracken tomorrow. 11 weeks with a broken window in my Marston room, 4 maintenance requests, zero visits, £186 a week.",
          when="2028-02-18T16:20:39Z"),
       expect(RP, "high", "halls", "indirect"), note="an ombudsman complaint about his own room: a strong complaint, not urgent")
    SC("bracken-sarcasm-mushroom-ceiling", "sarcasm-customer",
       tw("aisha_j_bra", "love that my Marston Towers room comes with a free science project growing on the ceiling 🍄 £186 a week well spent, thanks Bracken",
          when="2028-02-18T17:05:12Z"),
       expect(RP, "normal", "halls", "indirect"), note="'thanks' meaning the opposite: mould on the ceiling")
    SC("bracken-spam-crypto-recovery", "spam",
       tw("RecoverPro_bra", "Lost your student loan or bursary to a crypto scam? 💰 Our certified agents recovered £2.3m for UK students last year. Bracken students get priority. DM now ✅",
          when="2028-02-18T18:00:00Z"),
       expect(IGN, "low", "fees", "indirect"), note="scam 'fund recovery' using the brand's name")

    # ---- Saturday 19 February: open day ---------------------------------------------------
    SC("bracken-es-question-plaza-enfermeria", "non-english",
       tw("marisol_bra", f"@{B} Hola, soy de Valencia y quiero solicitar plaza en el grado de Enfermería para septiembre. ¿Aceptáis el bachillerato español? ¿Hay jornada de puertas abiertas online?",
          lang="es", when="2028-02-19T08:30:12Z"),
       expect(RP, "normal", "courses", "direct"), note="Spanish: an applicant's question about admission")
    SC("bracken-question-graduation-tickets", "question",
       tw("ollie_g_bra", f"@{B} when do the graduation tickets for July go on sale and how many guests do we get? my nan wants to book a hotel already",
          when="2028-02-19T09:15:40Z"),
       expect(RP, "normal", "campus", "direct"))
    sue = tw("parent_sue_bra", "taking my son to a uni open day in Wenmouth today. any tips on what to actually look at?", when="2028-02-19T07:45:00Z")
    SC("bracken-chatter-open-day-tip", "third-party-chatter",
       tw("pete_f_bra", "@parent_sue_bra if it's Bracken, the tours leave the Kellaway Building every half hour. do the halls tour and ask to see Priory Mews rather than Marston 😅",
          reply_to=sue, when="2028-02-19T08:05:27Z"),
       expect(MON, "low", ANY, "third_party"), note="an alumnus's tip in someone else's thread")
    SC("bracken-namesake-racehorse", "namesake",
       tw("racing_rick_bra", "Bracken each way in the 2:40 at Wetherfield. soft ground, 7lb claimer on, 14/1 and drifting. don't say I never give you anything 🐎",
          when="2028-02-19T10:00:00Z"),
       expect(IGN, "low", None, "none"), note="a racehorse")
    SC("bracken-namesake-rovers-result", "namesake",
       tw("BrkRovers_bra", "FT: Bracken Rovers 2-2 Holme Villa. Pitch like a swamp, Gaz in goal with the flu, point well earned 💪 bacon rolls in the tea hut now",
          when="2028-02-19T16:50:00Z"),
       expect(IGN, "low", None, "none"), note="a village football club")
    SC("bracken-namesake-bedding-refund", "namesake",
       tw("gardengail_bra", "Ordered 20 bags of mulch from Bracken Bedding three weeks ago, paid £64, still nothing and their phone rings out. Anyone else had this?",
          when="2028-02-19T11:20:35Z"),
       expect(IGN, "low", "fees", "none"), note="a garden-supply firm; a real complaint, about someone else")
    SC("bracken-namesake-kids-tv-dog", "namesake",
       tw("dad_of3_bra", "if I hear the Bracken the Dog theme tune one more time this half-term I'm moving out. 'Bracken, Bracken, muddy paws and waggy tail' 🐶📺 send help",
          when="2028-02-19T12:30:00Z"),
       expect(IGN, "low", None, "none"), note="a children's TV show", known_miss="round 13, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Bracken University in a post to everyone | general chatter about the brand")
    SC("bracken-common-fire-on-fell", "common-word",
       tw("WenFire_bra", "Crews from Wenmouth and Holme are tackling a large bracken fire on Carrow Fell. Smoke is drifting towards the A614: please keep windows closed and avoid the area 🔥",
          when="2028-02-19T14:10:00Z"),
       expect(IGN, "low", "safety", "none"), note="a fire in the fern on the hills, from the fire service: not the brand")
    SC("bracken-question-counselling-evenings", "question",
       tw("zain_m_bra", f"@{B} does the counselling service do any evening sessions? I work nights in a care home and can't do 9-5 appointments",
          when="2028-02-19T15:05:48Z"),
       expect(RP, "normal", "wellbeing", "direct"))

    # ---- Sunday 20 February ---------------------------------------------------------------
    SC("bracken-common-fell-walk", "common-word",
       tw("fellwalker_bra", "Up on Carrow Fell at sunrise. The bracken's still that lovely rusty brown from the autumn and not a soul about ❄️☀️",
          when="2028-02-20T08:00:00Z"),
       expect(IGN, "low", "safety", "none"), note="the fern on the hills; the 'Fell' in the hill's name is a safety keyword")
    SC("bracken-common-ticks-dogs", "common-word",
       tw("OakbankVets_bra", "Tick season's starting early this year 🐕 If your dog's been through bracken, check ears, armpits and between the toes after every walk. Ticks can pass Lyme disease to people too.",
          when="2028-02-20T09:00:00Z"),
       expect(IGN, "low", None, "none"), note="the fern as a tick risk for dogs")
    SC("bracken-common-tick-bite-a-and-e", "common-word",
       tw("mo_walks_bra", "got a tick bite walking through the bracken on Holme Common and ended up in A&amp;E with a bullseye rash 😬 antibiotics for possible Lyme. tuck your trousers into your socks, people",
          when="2028-02-20T09:40:22Z"),
       expect(IGN, "low", "safety", "none"), note="a medical story about the fern, not the brand")
    SC("bracken-common-allotment", "common-word",
       tw("allot_al_bra", "Spent all of Saturday pulling bracken out of the new allotment plot. Roots like steel cables. My back has lodged a formal complaint",
          when="2028-02-20T10:30:00Z"),
       expect(IGN, "low", None, "none"), note="the fern in an allotment; 'formal complaint' is a joke")
    SC("bracken-common-paint-colour-halls", "common-word",
       tw("diyjen_bra", "painted the spare room in 'Dried Bracken' and it turns out it's the exact colour of every halls bedroom from 1986 😩",
          when="2028-02-20T11:15:09Z"),
       expect(IGN, "low", "halls", "none"), note="a paint colour named after the fern, next to halls words", known_miss="round 13, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Bracken University in a post to everyone | general chatter about the brand | topic halls: 'room', 'rooms', 'halls', 'hall', 'bedroom'")
    SC("bracken-namesake-hill-estate-meeting", "namesake",
       tw("BrkHillRA_bra", "Bracken Hill residents' meeting Tuesday 7pm at the community centre: parking, the 42 bus route and the broken street lights. All welcome 🏘️",
          when="2028-02-20T12:00:00Z"),
       expect(IGN, "low", "campus", "none"), note="a housing estate; parking and bus are campus keywords")
    SC("bracken-praise-counselling", "praise",
       tw("ayo_d_bra", f"@{B} the counselling service honestly got me through this term. saw someone at the wellbeing centre the same week I asked and they actually listened. thank you 💚",
          when="2028-02-20T12:40:51Z"),
       expect(RP, "low", "wellbeing", "direct"))
    SC("bracken-praise-library-night-team", "praise",
       tw("fern_h_bra", "Bracken library night staff found me a laptop charger, a quiet study space and a biscuit at 2am in deadline week. the Aldous library night team are the best people in Wenmouth 💚",
          when="2028-02-20T13:20:14Z"),
       expect(RP, "low", "campus", "indirect"), note="thanks, named without a tag: answer it")
    SC("bracken-thread-ellie-heating-back", "thread-with-brand",
       tw("ellie_w_bra", "heating and hot water back on in block B 🎉 took a week, but thank you to the engineer who stayed till 10 last night to finish it",
          reply_to=ellie_brand, when="2028-02-20T09:30:27Z"),
       expect(RP, "low", "halls", "direct"), note="thanks in the brand's thread: solved")
    SC("bracken-repeat-bursary-third-time", "repeat-contact",
       tw("sam_r_bra", f"@{B} third time asking. care leavers' bursary still not paid, rent was due yesterday, and the finance office just keeps saying it's 'escalated'",
          when="2028-02-20T14:00:38Z"),
       expect(RP, "high", "fees", "direct"), note="the third contact about the same money")
    SC("bracken-hotline-security-thanks", "public-hotline-number",
       tw("meg_f_bra", "whoever answered Bracken campus security's 0808 157 0614 line on thursday night when my flatmate wasn't safe: thank you. you stayed on the phone with us till help came and she's ok now",
          when="2028-02-20T15:10:42Z"),
       expect(RP, "low", "safety", "indirect"), strict=False, note="praise quoting the brand's own security line; the crisis is over")
    SC("bracken-third-party-hardship-fund", "third-party-chatter",
       tw("kemi_bra", "@yusuf_t_bra Bracken's hardship fund paid out for me in about a week last year. apply through the Student Hub and attach your bank statements",
          reply_to=tw("yusuf_t_bra", "skint till the loan comes in. does anyone know if the uni actually helps with money or is that a myth", when="2028-02-20T15:30:00Z"),
          when="2028-02-20T15:48:20Z"),
       expect(MON, "low", "fees", "third_party"), note="a stranger's advice in someone else's thread")
    SC("bracken-chatter-science-building-toaster", "chatter-monitor",
       tw("kemi_bra", "drove past Bracken's new science building on Hollins Park today. it's massive and looks exactly like a giant toaster 🍞",
          when="2028-02-20T16:30:00Z"),
       expect(MON, "low", None, "indirect"), note="talk about the brand with nothing to answer")
    SC("bracken-chatter-three-places", "chatter-monitor",
       tw("tom_reyes_bra", "every Bracken student I know this week is either on a picket line, in the library or asleep. there is no fourth option",
          when="2028-02-20T17:10:00Z"),
       expect(MON, "low", ANY, "indirect"), note="a joke about the week, nothing to answer")
    SC("bracken-spam-follower-selling", "spam",
       tw("GrowthGuru_bra", "Bracken University societies 👋 want your page to blow up before the spring events? 5,000 REAL followers for £15, 100% safe 💸 DM now",
          when="2028-02-20T18:00:00Z"),
       expect(IGN, "low", "campus", "indirect"), note="follower selling using the brand's name")
    SC("bracken-spam-fees-giveaway", "spam",
       tw("uni_freebie_bra", "🎓 GIVEAWAY 🎓 Bracken University is paying one lucky student's tuition fees for a YEAR 🎉 follow, RT and claim at {url:https://bracken-fees-giveaway.example/claim} before midnight",
          when="2028-02-20T19:00:00Z"),
       expect(IGN, "low", "fees", "indirect"), note="a fake giveaway using the brand's name")
    return brand


BRANDS["bracken-university"] = ("BrackenUni", 4578901245, build_bracken_university)
