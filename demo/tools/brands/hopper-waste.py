# Hopper Waste ("Hopper") is a made-up waste firm in the made-up borough of Saltmarsh (Saltmarsh
# town, Reedham, Gullhaven, Tidewell, Marsh End, Quayside, Eelbrook, Samphire Hill, Creekside and
# Ferrybridge): skip hire and grab lorries, council permits for skips on the road, commercial bins
# for shops, cafés and restaurants, a paid garden-waste collection for homes (brown bins, a yearly
# subscription), house clearances, asbestos and hazardous-waste removal, and the Sluice Lane
# recycling centre, with online booking. Its public helpline is 0808 157 0246.
# "Hopper" is also an everyday word and a name: a grain hopper on a drier, the infeed hopper of a
# conveyor, a hopper window, work "in the hopper", an island hopper plane, Edward Hopper's
# paintings, the Hopper bus in Kelby, Hopper IPA from a Ferrybridge brewery, a children's TV rabbit
# (#Hopper), The Hopper Inn (a Saltmarsh pub), and people called Hopper (a runner, a customer
# called Rob Hopper). None of them is the waste firm.
# The week (Monday 9 to Sunday 15 October 2028):
# - Monday: a skip left unlit on Quayside Road in the dark; garden-waste rounds in Reedham run a
#   day late after a breakdown, and customers who were already missed lose patience; a skip
#   across a dropped kerb traps a wheelchair user before dialysis.
# - Tuesday: a reversing grab lorry knocks down an 81-year-old man on Tidewell Street; witnesses,
#   news, a threat against the driver.
# - Wednesday: a fake "Hopper Clearances" cash-in-hand gang dumps asbestos sheets in the Marsh Lane
#   lay-by by a play area; the brand warns people; victims and the Environment Agency.
# - Thursday: a clearance crew leaves used needles on a wall on Heron Way; a trade bin lorry turns
#   on the pavement at St Wilfrid's on the school run; private details of every kind.
# - Friday: skip permits charged at £95 when the council fee is £45; a consumer journalist joins in.
# - Weekend: queues at the recycling centre, a fake support account, praise for crews, namesakes
#   and the council's fine for the fake gang.
# Written blind, from PRODUCT.md and the scenario README's conventions only.


def build_hopper_waste():
    global CURRENT_BRAND, CLOCK
    brand = Brand("hopper-waste", SCEN_DIR / "hopper-waste.plan.toml", "HopperWaste", 7978901245,
                  1861220000000008401)
    CURRENT_BRAND, CLOCK = brand, Clock("2028-10-09T05:30:00Z")
    B = "HopperWaste"
    user(B, "Hopper Waste", brand.x_id,
         "Skips, grab lorries, trade bins, garden waste and clearances across Saltmarsh. Here 7am-7pm, "
         "7 days. Helpline 0808 157 0246. We never take cash on the doorstep.",
         18_600, following=740, tweets=21_300, listed=95, verified=True)

    count = [0]

    def person(username, name, bio, followers, **kw):
        assert username.endswith("_hop"), username
        count[0] += 1
        return user(username, name, 13540100000 + count[0] * 4129, bio, followers, **kw)

    days = {"mon": 9, "tue": 10, "wed": 11, "thu": 12, "fri": 13, "sat": 14, "sun": 15}
    start, end = parse_when("2028-10-09T05:30:00Z"), parse_when("2028-10-16T05:30:00Z")
    last = [start]

    def at(s):
        """'tue 07:55' -> a time in the week, strictly after the previous post."""
        day, hm = s.split()
        when = f"2028-10-{days[day]:02d}T{hm}:00Z"
        t = parse_when(when)
        assert start <= t < end and t > last[0], s
        last[0] = t
        return when

    def post(author, when, text, **kw):
        return tw(author, text, when=at(when), **kw)

    # ---- People (all made up) ------------------------------------------------------------
    person("ollie_v_hop", "Ollie Varga", "Bakery shifts from 5am. Cycles everywhere. Quayside.", 410)
    person("grainfarm_hop", "Tom Ashby", "Arable farmer, Marsh End. Combine whisperer.", 1320)
    person("larkspur_hop", "Jan Pettifer", "Larkspur Close, Reedham. Roses, grandkids, crosswords.", 230)
    person("reedham_di_hop", "Di Crowther", "Reedham. Teaching assistant. Allotment on Sundays.", 385)
    person("sub_sam_hop", "Sam Okoye", "Accountant. Keeps receipts. All of them.", 520)
    person("bea_l_hop", "Bea Lindqvist", "Reedham mum of two. Coffee first.", 640)
    person("kev_marr_hop", "Kevin Marr", "Plasterer. Reedham. Spurs.", 190)
    person("mags_t_hop", "Maggie Thorne", "Reedham WI. I read the notices so you don't have to.", 870)
    person("robbie_d_hop", "Robbie Dunn", "Dunn & Sons Builders, Eelbrook. Extensions, loft conversions.", 1180)
    person("fern_k_hop", "Fern Kowalski", "Kitchen-diner in progress. Send biscuits.", 260)
    person("soupblog_hop", "Lily Haskins", "Soups, stews and the odd pie. Recipes on the blog.", 6400)
    person("ivo_art_hop", "Ivo Brennan", "Painter. Teaches evening classes at Saltmarsh Gallery.", 2150)
    person("terrace_ty_hop", "Tyrone Bell", "Gullhaven. Doing up a terrace one room at a time.", 150)
    person("growfast_hop", "GrowFast Local 📈", "Real followers for real local businesses. DM for prices 💯", 7300,
           following=5000)
    person("oystershed_hop", "The Oyster Shed", "Seafood kitchen on Oyster Row, Quayside. Tue-Sun.", 3900)
    person("gazette_hop", "Saltmarsh Gazette", "News for Saltmarsh, Reedham, Tidewell and the creeks since 1903.",
           31_200, following=900, listed=260, verified=True)
    person("priya_r_hop", "Priya Raman", "Quayside. Renovating, slowly. Very slowly.", 340)
    person("chloe_b_hop", "Chloe Baptiste", "Nurse. Cat mum. Permanently tired.", 720)
    person("dan_frog_hop", "Dan Frogley", "Here for the replies.", 2600)
    person("rosvane_hop", "Rosalind Vane", "Gardener and broadcaster. Peat-free since 2019. Books, telly, muddy knees.",
           642_000, following=1100, listed=2900, verified=True)
    person("keith_o_hop", "Keith Osei", "Samphire Hill. Husband, carer, fixer of things.", 95)
    person("renata_h_hop", "Renata Hale", "Retired conveyancer. I keep copies.", 610)
    person("mark_pen_hop", "Mark Penrose", "Renting in Tidewell. Cold.", 120)
    person("whit_dev_hop", "Whit Okafor", "Web developer. I poke forms until they break.", 2300)
    person("sandra_l_hop", "Sandra Lyle", "Tidewell. School crossing patrol, retired.", 310)
    person("joel_m_hop", "Joel Mensah", "Tidewell. Bus to work, bus home.", 220)
    person("pat_greer_hop", "Pat Greer", "Shares the local news.", 480)
    person("lee_carver_hop", "Lee Carver", "", 60)
    person("glyn_h_hop", "Glyn Harris", "Taxi driver. Seen it all on Tidewell Street.", 530)
    person("ines_c_hop", "Inês Carvalho", "Lisboa → Tidewell. Enfermeira.", 270)
    person("carl_n_hop", "Carl Nesbitt", "Project manager. Deadlines are real.", 150)
    person("stavros_k_hop", "Stavros Kyriakou", "Kyriakou's Fish Bar, Ferry Lane. Since 1988.", 890)
    person("sanne_w_hop", "Sanne de Wit", "Nederlandse chef in Quayside. Opening soon.", 340)
    person("dave_pryor_hop", "Dave Pryor", "Weekend DIY, weekday regret.", 180)
    person("hannah_w_hop", "Hannah Wolde", "Kitchen's coming out. Send help.", 410)
    person("stu_farrow_hop", "Stu Farrow", "Professional wisecracker. Amateur everything else.", 1900)
    person("meera_j_hop", "Meera Joshi", "Architect. Gullhaven.", 760)
    person("jonas_b_hop", "Jonas Becker", "Aus Bremen, jetzt in Gullhaven. Altbau-Sanierung.", 140)
    person("skipwin_hop", "Skip Giveaways UK 🎁", "Daily giveaways! Follow + tag to win 🎉", 4100, following=4900)
    person("hopperinn_hop", "The Hopper Inn", "Saltmarsh's friendliest pub. Quiz Tuesdays, roast Sundays.", 2700)
    person("fiona_g_hop", "Fiona Gale", "Quayside. Two kids, one skip, no patience.", 300)
    person("kerry_d_hop", "Kerry Dawes", "Marsh End mum. Play area committee.", 560)
    person("mo_farooq_hop", "Mo Farooq", "Marsh End Residents' Association.", 1450)
    person("elaine_p_hop", "Elaine Pugh", "Looking after Mum.", 130)
    person("lucia_r_hop", "Lucía Romero", "Sevillana en Marsh End.", 210)
    person("gordon_t_hop", "Gordon Tully", "Walks the dog down Marsh Lane twice a day.", 380)
    person("fen_a_hop", "Fen Alcott", "Marsh End. Litter picker. Tired of picking.", 690)
    person("barry_q_hop", "Barry Quist", "Samphire Hill. Old garage, new plans.", 90)
    person("owen_p_hop", "Owen Prichard", "Dad of three. Eelbrook.", 340)
    person("cal_weir_hop", "Cal Weir", "Bad poet, good drinker.", 1250)
    person("ruth_ng_hop", "Ruth Ng", "Owner, Ruthie's Café, Quayside. Flat whites and food festivals.", 2900)
    person("giulia_f_hop", "Giulia Ferri", "Geometra. Cantieri a Saltmarsh.", 330)
    person("alan_booth_hop", "Alan Booth", "Retired. Marsh End. Sceptical.", 150)
    person("nick_f_hop", "Nick Ferris", "Spotter of lorries, drinker of tea.", 260)
    person("camille_a_hop", "Camille Aubert", "Française à Reedham. Prof de piano.", 450)
    person("tasha_b_hop", "Tasha Boyle", "Heron Way. Mum. Night shifts.", 280)
    person("amy_kerr_hop", "Amy Kerr", "St Wilfrid's PTA. Two in Year 2.", 940)
    person("lou_fen_hop", "Lou Fenwick", "Tidewell. Dog, kids, chaos.", 370)
    person("jade_m_hop", "Jade Morrow", "Sorting out Nan's things. Slowly.", 200)
    person("rita_g_hop", "Rita Gough", "Reedham. 60-something and online.", 110)
    person("sean_tidy_hop", "Sean Tidy", "Director, Tidewell Build Ltd. Groundworks and extensions.", 820)
    person("martin_o_hop", "Martin Ogun", "Eelbrook. New drive, old patience.", 170)
    person("carol_i_hop", "Carol Innes", "Reedham. Roses and sweet peas.", 140)
    person("siam_gk_hop", "Siam Garden Kitchen", "Thai kitchen and takeaway, Oyster Row.", 1600)
    person("pam_rudd_hop", "Pam Rudd", "Reedham. On hold, probably.", 95)
    person("neil_h_hop", "Neil Haskett", "", 45)
    person("joris_b_hop", "Joris Bakker", "Nederlander in Reedham. Fietst overal heen.", 160)
    person("tess_m_hop", "Tess Morgan", "Trying to get to the Skerrin Isles since 2027.", 520)
    person("anna_v_hop", "Anna Vogel", "Gullhaven. Pflegt ihre Mutter.", 130)
    person("ben_carrow_hop", "Ben Carrow", "Loft conversion survivor.", 240)
    person("hazel_m_hop", "Hazel Moss", "Eelbrook. Gardens and grumbles.", 310)
    person("domvale_hop", "Dominic Vale", "Consumer journalist. Your money, your rights. DMs open.", 421_000,
           following=2300, listed=3100, verified=True)
    person("tariq_a_hop", "Tariq Aziz", "Small landlord. Reads the small print.", 580)
    person("gemma_r_hop", "Gemma Rawle", "Bathroom refit, week six.", 200)
    person("owen_l_hop", "Owen Lacey", "Saying goodbye to Dad's house.", 260)
    person("carmen_v_hop", "Carmen Vidal", "Historiadora del arte. Museos y café.", 1800)
    person("rafa_s_hop", "Rafael Souza", "Paulista em Saltmarsh. Reforma sem fim.", 190)
    person("remi_g_hop", "Rémi Garnier", "Reedham. Bricoleur du dimanche.", 160)
    person("hoprcoin_hop", "HOPR Coin 🚀", "The first waste-to-earn token ♻️ Not financial advice.", 3300,
           following=4800)
    person("phil_d_hop", "Phil Drummond", "Saturday tip runs and Sunday football.", 230)
    person("HopperHelp_hop", "Hopper Waste Support", "Official support 24/7 ✅ DM us for refunds and help!", 120,
           following=3000)
    person("marta_c_hop", "Marta Conti", "Insegno storia dell'arte. Caffè e Hopper.", 900)
    person("zoe_p_hop", "Zoe Platt", "Mum to a three-year-old TV critic.", 330)
    person("edna_c_hop", "Edna Cole", "Larkspur Close. Great-gran. Still gardening.", 85)
    person("robh_hop", "Rob Hopper", "No relation. Honestly.", 310)
    person("kelbybus_hop", "Kelby Community Transport", "Dial-a-ride and the Hopper bus around Kelby.", 1900)
    person("striders_hop", "Saltmarsh Striders", "Running club. Tuesdays and Thursdays, 7pm, the Quay.", 1400)
    person("wayne_t_hop", "Wayne Tilley", "", 40)
    person("kris_n_hop", "Kris Novak", "Shift lead at a recycling plant. Nights, weekends, all of it.", 260)
    person("helen_m_hop", "Helen Marsh", "Looking after my husband. Samphire Hill.", 120)
    person("sue_danby_hop", "Sue Danby", "Ferry Lane. Keeps an eye out.", 210)
    person("ryan_p_hop", "Ryan Pike", "eelbrook. lowercase by choice", 180)
    person("naz_a_hop", "Naz Ahmed", "New house, old kitchen.", 390)
    person("toby_r_hop", "Toby Reid", "Bathroom next. Then the garden. Then sleep.", 150)
    person("jess_h_hop", "Jess Harper", "Clearing the loft. Found my 1998 diary. Regrets.", 620)
    person("ade_c_hop", "Ade Cole", "Quayside. Comparing prices so you don't have to.", 280)
    person("sian_l_hop", "Sian Lowry", "Freelance illustrator. Deadlines and dogs.", 1100)
    person("omar_h_hop", "Omar Haddad", "IT support. Yes, I've tried turning it off and on.", 760)
    person("cath_d_hop", "Cath Doyle", "Reedham. Helps the neighbours with their phones.", 430)
    person("jo_bright_hop", "Jo Bright", "", 70)
    person("bex_hop", "Bex Morley", "Samphire Hill. Cycling to work, mostly upright.", 240)

    # ======================================================================================
    # Monday 9 October
    # ======================================================================================
    ollie = post("ollie_v_hop", "mon 05:52",
                 "@HopperWaste there's a skip on Quayside Road outside the bakery with no lamps on it at all. "
                 "Pitch black at quarter to six and I only saw it at the last second on the bike. Someone's going "
                 "straight into that")
    SC("hopper-unlit-skip-quayside-road", "safety-urgent", ollie, expect(RP, "urgent", "safety", "direct"),
       note="an unlit skip on the road in the dark: danger to people")
    SC("hopper-grain-hopper-jammed", "common-word",
       post("grainfarm_hop", "mon 06:12",
            "Hopper on the grain drier jammed solid at 5am. Whole morning with a crowbar and a head torch. "
            "Harvest is glamorous, they said 🙃"),
       expect(IGN, "low", None, "none"), note="a grain hopper on a farm, capitalised at the start of a sentence")
    late = post(B, "mon 06:20",
                "Morning Saltmarsh 👋 Garden waste rounds in Reedham and Marsh End are running a day late this week "
                "after a lorry breakdown. If your brown bin isn't emptied today, please leave it out and we'll be "
                "there tomorrow. Sorry!")
    SC("hopper-brand-garden-rounds-late", "brand-own-post", late, expect(IGN, "low", "garden", "none"))
    ollie_b = post(B, "mon 06:31",
                   "@ollie_v_hop Thanks, Ollie, that's not OK at all. The crew who put that skip out are going back "
                   "now with lamps and cones and will be there by 7:30. Sorry for the fright.", reply_to=ollie)
    SC("hopper-brand-reply-unlit-skip", "brand-own-post", ollie_b, expect(IGN, "low", "skips", "none"))
    SC("hopper-unlit-skip-still-dark", "thread-with-brand",
       post("ollie_v_hop", "mon 07:52",
            "It's 7.50 and still no lamps on it. It's right on the bend where the kids cross for the school bus 😬",
            reply_to=ollie_b),
       expect(RP, "urgent", "safety", "direct"),
       note="replies to the brand without @; the danger is still there, so it stays urgent")
    di = post("reedham_di_hop", "mon 08:05",
              "Garden waste bin out since 6.30 like always and Hopper have done every road in Reedham except ours. "
              "Third Monday running. What are we paying for")
    SC("hopper-garden-missed-third-monday", "complaint-indirect", di, expect(RP, "high", "garden", "indirect"),
       note="names the brand without tagging it; the third miss in a row makes it a repeated complaint")
    SC("hopper-quote-day-late-subscription", "quote",
       post("sub_sam_hop", "mon 08:30",
            "A day late? Ours has been missed three weeks in a row, and you were quick enough taking the £55 "
            "subscription in August.", quote=late),
       expect(RP, "high", "garden", "indirect"), strict=False,
       note="quotes the brand's post without tagging it: a customer's repeated complaint; answer or monitor?")
    bea = post("bea_l_hop", "mon 08:41", "anyone else's brown bin not been emptied? lorry came up the road and went straight back down 🤔")
    SC("hopper-venting-garden-in-friends-thread", "third-party-venting",
       post("kev_marr_hop", "mon 08:50",
            "@bea_l_hop ours neither. Hopper are hopeless with the garden waste, I've rung them twice since August",
            reply_to=bea),
       expect(MON, "low", "garden", "third_party"), note="lesson 2: venting in a friend's thread, brand not tagged")
    SC("hopper-neighbour-explains-in-thread", "third-party-chatter",
       post("mags_t_hop", "mon 09:10",
            "@bea_l_hop Hopper put a post out first thing, their lorry broke down so Reedham's a day behind. "
            "Leave it out and it'll go tomorrow x", reply_to=bea),
       expect(MON, "low", None, "third_party"), note="a neighbour's reassurance in someone else's thread, no topic words", known_miss="round 18, not met yet: topic: want null, got garden; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in | topic garden: 'leaves'")
    SC("hopper-praise-grab-lorry-driver", "praise",
       post("robbie_d_hop", "mon 09:30",
            "@HopperWaste shout out to your grab lorry driver on Eelbrook Road this morning. Lifted every last bit "
            "off the front without touching the wall or the client's new gate. Proper pro 👏"),
       expect(RP, "low", "skips", "direct"))
    SC("hopper-booking-ref-skip-no-show", "private-details",
       post("fern_k_hop", "mon 09:55",
            "@HopperWaste booking HW-30418-K. 6 yard skip delivery was meant to be Saturday. Nothing came and "
            "nobody rang. When is it actually coming?"),
       expect(RV, "normal", "skips", "direct"), note="a booking reference in public: answer privately")
    jan = post("larkspur_hop", "mon 10:05",
               "@HopperWaste garden waste not collected on Larkspur Close again. Brown bin's been out since 7.")
    SC("hopper-garden-not-collected-larkspur", "complaint-direct", jan, expect(RP, "normal", "garden", "direct"))
    SC("hopper-in-the-hopper-recipes", "common-word",
       post("soupblog_hop", "mon 10:20",
            "Got three new recipes in the hopper for the blog this week. First up is a smoky pumpkin soup 🎃"),
       expect(IGN, "low", None, "none"), note="'in the hopper': queued up")
    jan_b = post(B, "mon 10:30",
                 "@larkspur_hop Sorry, Jan. One of the garden lorries broke down this morning, so Larkspur Close will "
                 "be done tomorrow before 2pm. Please leave the brown bin out.", reply_to=jan)
    SC("hopper-edward-hopper-prints", "namesake",
       post("ivo_art_hop", "mon 10:45",
            "Saltmarsh Gallery has two Hopper prints up till Christmas. Stood in front of that empty diner for ten "
            "minutes this morning. Gorgeous, lonely light."),
       expect(IGN, "low", None, "none"), note="Edward Hopper, the painter", known_miss="round 18, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Hopper Waste in a post to everyone | general chatter about the brand")
    ty = post("terrace_ty_hop", "mon 11:15",
              "@HopperWaste do I need a permit if the skip goes on the road outside rather than on a drive? "
              "Terraced street in Gullhaven, no drive at all")
    SC("hopper-permit-question-terrace", "question", ty, expect(RP, "normal", "skips", "direct"))
    ty_b = post(B, "mon 11:40",
                "@terrace_ty_hop Yes, anything on the road needs a council permit. We apply for it for you when you "
                "book; it takes 3 working days, so a Monday booking gets a Thursday skip.", reply_to=ty)
    SC("hopper-permit-followup-lamps", "question-in-reply-to-brand",
       post("terrace_ty_hop", "mon 12:05",
            "@HopperWaste brilliant, thanks. And does the skip come with the lamps and cones or do I sort those?",
            reply_to=ty_b),
       expect(RP, "normal", "skips", "direct"))
    SC("hopper-follower-selling", "spam",
       post("growfast_hop", "mon 12:30",
            "@HopperWaste Want more customers? 🚀 5,000 REAL followers for local businesses, £7.99 today only "
            "👉 {url:https://growfast-local.example/buy?ref=hw}"),
       expect(IGN, "low", None, "direct"))
    oyster = post("oystershed_hop", "mon 13:00",
                  "@HopperWaste our trade bins on Oyster Row haven't been emptied since Thursday. The yard is full of "
                  "cardboard and food waste bags and the EHO are in on Wednesday. Please.")
    SC("hopper-trade-bins-not-emptied", "complaint-direct", oyster, expect(RP, "normal", "commercial", "direct"))
    SC("hopper-news-flytipping-figures", "news-monitor",
       post("gazette_hop", "mon 13:40",
            "Fly-tipping in Saltmarsh up 40% in a year, council figures show. Licensed firms including Hopper say "
            "'man with a van' operators are undercutting them {url:https://saltmarshgazette.example/2028/10/fly-tipping-up}"),
       expect(MON, "low", "flytipping", "indirect"))
    SC("hopper-sarcasm-skip-christmas-decs", "sarcasm-customer",
       post("priya_r_hop", "mon 14:10",
            "Day 23 of the skip outside ours waiting to be picked up. Neighbours have started putting their "
            "Christmas decorations in it. Cheers Hopper, really bringing the street together 🎄"),
       expect(RP, "normal", "skips", "indirect"), note="sarcasm from a customer, no complaint words", known_miss="round 18, not met yet: priority: want \"normal\", got low; the engine read: names Hopper Waste in a post to everyone | praise: thank them | topic skips: 'skip'")
    chloe = post("chloe_b_hop", "mon 14:45",
                 "Monday from hell: boiler died, the cat was sick on my laptop and @HopperWaste still haven't "
                 "picked up the skip they promised for Friday. Wine o'clock.")
    SC("hopper-monday-from-hell-in-passing", "complaint-in-passing", chloe, expect(RP, "normal", "skips", "indirect"))
    SC("hopper-bystander-pun-by-name", "joke-bystander",
       post("dan_frog_hop", "mon 15:20", "@chloe_b_hop Hopper by name, definitely not by nature 🐸", reply_to=chloe),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun in a customer's thread")
    SC("hopper-tv-gardener-brown-bin", "big-reach",
       post("rosvane_hop", "mon 16:00",
            "Filmed a whole piece on home compost today and my own garden waste bin hasn't been emptied in a month. "
            "Come on @HopperWaste, practise what you preach 🍂"),
       expect(RP, "high", "garden", "indirect"), note="642k followers")
    keith = post("keith_o_hop", "mon 16:30",
                 "@HopperWaste your driver has put the skip across our dropped kerb on Samphire Hill and my wife "
                 "can't get her wheelchair out to the car. She has dialysis at 6 tonight. Please move it.")
    SC("hopper-skip-blocks-wheelchair-dialysis", "medical-urgent", keith, expect(RP, "urgent", "safety", "direct"))
    SC("hopper-trading-standards-refund", "legal-threat-not-urgent",
       post("renata_h_hop", "mon 18:20",
            "@HopperWaste five weeks chasing a £180 refund for a booking you cancelled on me. Trading Standards "
            "have all the emails now and I've started the small claims form."),
       expect(RP, "high", "bookings", "direct"))
    SC("hopper-hopper-window-stuck", "common-word",
       post("mark_pen_hop", "mon 19:40",
            "Hopper window in the downstairs loo is stuck open again and the whole house is freezing. Landlord says "
            "next week. Of course he does."),
       expect(IGN, "low", None, "none"), note="a hopper window; a complaint, but not about the brand")
    SC("hopper-html-booking-page", "html-entities",
       post("whit_dev_hop", "mon 21:10",
            "@HopperWaste your online booking page shows &lt;script&gt;alert('hi')&lt;/script&gt; under the skip size "
            "instead of the price &amp; I can't tell what I'm paying. How much is a midi skip for 3 days?"),
       expect(RP, "normal", "bookings", "direct"), note="hostile HTML delivered escaped; a real question about the booking page")

    # ======================================================================================
    # Tuesday 10 October
    # ======================================================================================
    sandra = post("sandra_l_hop", "tue 07:55",
                  "Hopper grab lorry reversing on Tidewell Street has just knocked an old man over on the crossing. "
                  "Ambulance is here now. Green cab, HW on the door. Awful.")
    SC("hopper-witness-grab-lorry-knocks-man-over", "safety-urgent", sandra, expect(RP, "urgent", "safety", "indirect"),
       note="a witness names the brand to everyone: a pedestrian hurt by the brand's lorry")
    SC("hopper-second-witness-in-thread", "safety-urgent",
       post("joel_m_hop", "tue 08:05",
            "@sandra_l_hop I saw it from the bus stop. He was talking when they put him in the ambulance but his head "
            "was bleeding badly. That Hopper lorry had nobody watching behind it.", reply_to=sandra),
       expect(ANY, "urgent", "safety", "third_party"),
       note="a witness inside someone else's thread: whether to answer there is open, but an injury caused by the brand's lorry is urgent")
    incident = post(B, "tue 08:40",
                    "A pedestrian was hurt by one of our grab lorries on Tidewell Street this morning and has been "
                    "taken to hospital. We're working with the police and the lorry has been taken off the road. Our "
                    "thoughts are with him and his family.")
    SC("hopper-brand-statement-tidewell", "brand-own-post", incident, expect(IGN, "low", "safety", "none"))
    SC("hopper-repost-brand-statement", "repost", post("pat_greer_hop", "tue 09:15", "", retweet=incident),
       expect(IGN, "low", "safety", "indirect"))
    SC("hopper-news-pedestrian-in-hospital", "news-monitor",
       post("gazette_hop", "tue 09:30",
            "Man, 81, in hospital after being hit by a reversing Hopper Waste grab lorry on Tidewell Street. Police are "
            "appealing for witnesses {url:https://saltmarshgazette.example/2028/10/tidewell-street-lorry}"),
       expect(MON, "low", "safety", "indirect"), note="news of an injury that is already being dealt with: monitor, not urgent")
    SC("hopper-chatter-tidewell-too-narrow", "chatter-monitor",
       post("glyn_h_hop", "tue 10:10",
            "Tidewell Street has been too narrow for big lorries since the day it was built. Hope the poor fella's "
            "alright. Hopper aren't the only firm reversing down there, to be fair."),
       expect(MON, "low", "safety", "indirect"), note="sounds like danger but is opinion about a street; nothing to answer")
    SC("hopper-threat-grab-driver", "threat-urgent",
       post("lee_carver_hop", "tue 10:50",
            "@HopperWaste if that grab driver shows his face on Tidewell Street again there's a few of us who'll be "
            "waiting for him. That was my neighbour he flattened."),
       expect(ANY, "urgent", ANY, "direct"), note="a threat against a member of staff")
    SC("hopper-pt-lorry-on-pavement", "non-english",
       post("ines_c_hop", "tue 11:30",
            "@HopperWaste o vosso camião está em cima do passeio na Tidewell Street, em frente à paragem, e as pessoas "
            "têm de passar pela estrada. Depois do que aconteceu hoje de manhã, isto é perigoso!", lang="pt"),
       expect(RP, "urgent", "safety", "direct"), note="Portuguese: a lorry on the pavement pushing people into the road, now")
    SC("hopper-abusive-grab-no-show", "abuse-with-problem",
       post("carl_n_hop", "tue 12:15",
            "@HopperWaste you absolute clowns. £320 for a grab lorry on Friday, nobody came, nobody rang, and now my "
            "builders are charging me for standing about. Sort it out."),
       expect(RP, "high", "skips", "direct"))
    SC("hopper-phone-number-wait-and-load", "private-details",
       post("stavros_k_hop", "tue 13:00",
            "@HopperWaste wait and load booked for Thursday 8am behind the fish bar on Ferry Lane. Can the driver ring "
            "me 10 mins before he gets here? 07700 900482"),
       expect(RV, "normal", "skips", "direct"), note="the customer's own mobile number in public")
    SC("hopper-nl-bedrijfsafval-contract", "non-english",
       post("sanne_w_hop", "tue 14:00",
            "@HopperWaste Wat kost een bedrijfsafval contract voor een klein restaurant in Quayside? Twee keer per week "
            "ophalen, vooral karton en glas.", lang="nl"),
       expect(RP, "normal", "commercial", "direct"))
    SC("hopper-larkspur-still-not-collected", "repeat-contact",
       post("larkspur_hop", "tue 14:35",
            "@HopperWaste it's gone 2. Brown bin still full and the garden waste lorry has just driven straight past "
            "it again.", reply_to=jan_b),
       expect(RP, "high", "garden", "direct"), note="back after the brand promised 'before 2pm': repeat contact")
    SC("hopper-recycling-centre-sunday-question", "question",
       post("dave_pryor_hop", "tue 14:40",
            "@HopperWaste is the Sluice Lane recycling centre open on Sunday? And do I need a van permit if I borrow "
            "my brother-in-law's Transit?"),
       expect(RP, "normal", "recycling_centre", "direct"))
    hannah = post("hannah_w_hop", "tue 15:20",
                  "Can anyone recommend a decent firm round Gullhaven? Kitchen's coming out next week and the builder "
                  "won't take it away")
    SC("hopper-joke-take-your-husband", "joke-bystander",
       post("stu_farrow_hop", "tue 15:30",
            "@hannah_w_hop get Hopper, they'll take the kitchen, the sink and your husband if he stands still long "
            "enough 😂", reply_to=hannah),
       expect(IGN, "low", None, "third_party"), note="a joke in someone else's thread")
    SC("hopper-stranger-recommends-in-thread", "third-party-chatter",
       post("meera_j_hop", "tue 15:45",
            "@hannah_w_hop we used Hopper in the summer. 8 yard skip was £260 and they sorted the permit. No "
            "complaints", reply_to=hannah),
       expect(MON, "low", "skips", "third_party"), note="advice between other people; the price is not a private detail")
    SC("hopper-de-container-bauschutt", "non-english",
       post("jonas_b_hop", "tue 16:10",
            "@HopperWaste Wir sanieren ein Altbauhaus in Gullhaven und brauchen einen Container für Bauschutt. Was "
            "kostet das und braucht man eine Genehmigung für die Straße?", lang="de"),
       expect(RP, "normal", "skips", "direct"))
    SC("hopper-fake-skip-giveaway", "spam",
       post("skipwin_hop", "tue 17:00",
            "🎉 GIVEAWAY 🎉 Win a FREE 8-yard skip worth £300! Follow us, like and tag 3 mates. Partnered with "
            "@HopperWaste ✅ {url:https://skip-giveaways-uk.example/win}"),
       expect(IGN, "low", "skips", "indirect"), note="a fake giveaway; 'skip' gives the topic")
    SC("hopper-namesake-pub-quiz", "namesake",
       post("hopperinn_hop", "tue 18:30",
            "Quiz night at The Hopper tonight from 8pm! Last week's winners 'Quiz Akabusi' are back to defend the "
            "meat raffle 🏆"),
       expect(IGN, "low", None, "none"), note="The Hopper Inn, a pub")
    SC("hopper-sarcasm-skip-called-gary", "sarcasm-customer",
       post("fiona_g_hop", "tue 20:15",
            "Week 3 of the Hopper skip outside ours waiting for a lorry. It has a name now (Gary). The kids say "
            "goodnight to him."),
       expect(RP, "normal", "skips", "indirect"), note="sarcasm with no complaint words", known_miss="round 18, not met yet: action: want \"respond_public\", got monitor; priority: want \"normal\", got low; the engine read: names Hopper Waste in a post to everyone | general chatter about the brand | topic skips: 'skip'")

    # ======================================================================================
    # Wednesday 11 October
    # ======================================================================================
    SC("hopper-sarcasm-alarm-clock", "sarcasm-customer",
       post("ryan_p_hop", "wed 06:05",
            "love being woken at 5.40 every morning by a hopper lorry beeping outside the flats. such a soothing "
            "alarm clock. truly grateful"),
       expect(RP, "normal", None, "indirect"), note="sarcasm, all lower case, no topic words")
    kerry = post("kerry_d_hop", "wed 07:10",
                 "Someone's dumped a pile of broken asbestos sheets in the Marsh Lane lay-by right next to the kids' "
                 "play area. The van had HOPPER CLEARANCES on the side. @HopperWaste is this you?? It's a health "
                 "hazard and it's dangerous")
    SC("hopper-asbestos-by-play-area", "safety-urgent", kerry, expect(RP, "urgent", "safety", "indirect"),
       note="broken asbestos next to a play area: danger to people; the brand is tagged in passing")
    warning = post(B, "wed 07:45",
                   "Please share: a fake 'Hopper Clearances' crew is knocking on doors in Marsh End offering "
                   "cash-in-hand clearances. They are nothing to do with us and we never take cash on the doorstep. "
                   "We've reported the Marsh Lane dumping and our team is on the way to make it safe.")
    SC("hopper-brand-fake-gang-warning", "brand-own-post", warning, expect(IGN, "low", "flytipping", "none"))
    SC("hopper-repost-fake-gang-warning", "repost", post("mo_farooq_hop", "wed 08:20", "", retweet=warning),
       expect(IGN, "low", "flytipping", "indirect"))
    SC("hopper-paid-fake-gang-cash", "complaint-direct",
       post("elaine_p_hop", "wed 08:50",
            "@HopperWaste I think I paid those fake Hopper people £400 cash to clear Mum's garage last week. They rang "
            "me from 07700 900613. Is that really not you? I feel sick."),
       expect(RP, "high", "flytipping", "direct"),
       note="money lost to fraud: high; the phone number is the fake traders', not the customer's, so no private detail", known_miss="round 18, not met yet: action: want \"respond_public\", got respond_private; priority: want \"high\", got normal; the engine read: addressed to @HopperWaste | exposes a phone number in public: answer privately | complaint (0.87) | topic flytipping: 'fake'")
    SC("hopper-es-estafa-furgoneta", "non-english",
       post("lucia_r_hop", "wed 09:30",
            "@HopperWaste unos tipos con una furgoneta que pone 'Hopper' me ofrecieron vaciar el piso de mi madre en "
            "efectivo. ¿Son vuestros o son falsos? ¿Es una estafa?", lang="es"),
       expect(RP, "normal", "flytipping", "direct"), known_miss="round 18, not met yet: topic: want \"flytipping\", got clearance; the engine read: addressed to @HopperWaste | complaint (0.25) | topic clearance: 'vaciar el piso'")
    gordon = post("gordon_t_hop", "wed 10:00",
                  "Marsh Lane lay-by is a disgrace again. Old mattresses, a fridge and now a heap of roof sheets. The "
                  "dog won't even walk past it.")
    SC("hopper-venting-marsh-lane-dumping", "third-party-venting",
       post("fen_a_hop", "wed 10:15",
            "@gordon_t_hop and apparently the van had Hopper on the side. Fake or not, somebody's making money "
            "dumping on our doorstep and we're the ones picking it up", reply_to=gordon),
       expect(MON, "low", "flytipping", "third_party"))
    SC("hopper-asbestos-garage-roof-quote", "question",
       post("barry_q_hop", "wed 11:00",
            "@HopperWaste how much to take down an asbestos garage roof? About 20 corrugated sheets, all still in one "
            "piece. Samphire Hill."),
       expect(RP, "normal", "hazardous", "direct"), note="asbestos, but intact and a calm request for a price: not urgent")
    SC("hopper-environment-agency-report", "legal-threat-not-urgent",
       post("owen_p_hop", "wed 11:45",
            "@HopperWaste a van with your name on it fly-tipped twenty bin bags down Eelbrook Lane last night. Either "
            "you know these cowboys or your name's being used. I've reported it to the Environment Agency."),
       expect(RP, "high", "flytipping", "direct"), note="a report to the regulator: strong, not urgent")
    SC("hopper-namesake-ipa-dangerously", "namesake",
       post("cal_weir_hop", "wed 12:30",
            "Hopper IPA from the little brewery in Ferrybridge is dangerously drinkable. Three pints in and I'm "
            "basically a poet."),
       expect(IGN, "low", ANY, "none"), note="a craft beer; 'dangerously drinkable' is no danger (topic open: 'dangerously' may stem to a safety word)")
    SC("hopper-praise-trade-waste-festival", "praise",
       post("ruth_ng_hop", "wed 13:10",
            "Huge thanks to the Hopper lads who did our trade waste this morning. Bins were overflowing after the food "
            "festival and they took the lot, even the broken pallets 💛"),
       expect(RP, "low", "commercial", "indirect"))
    SC("hopper-it-cassone-scarrabile", "non-english",
       post("giulia_f_hop", "wed 14:00",
            "@HopperWaste buongiorno, il cassone scarrabile doveva essere ritirato lunedì ed è ancora davanti al "
            "cantiere di Creekside. Quando passate?", lang="it"),
       expect(RP, "normal", "skips", "direct"))
    SC("hopper-how-to-tell-fake-crews", "question-in-reply-to-brand",
       post("alan_booth_hop", "wed 15:00",
            "@HopperWaste so how do we tell the fake ones from you? A bloke knocked yesterday in a Hopper hi-vis with "
            "a card machine and everything", reply_to=warning),
       expect(RP, "normal", "flytipping", "direct"))
    gemma = post("gemma_r_hop", "wed 16:00",
                 "@HopperWaste skip was meant to be picked up today and nobody has come. The bathroom fitters need "
                 "the space on the drive tomorrow.")
    SC("hopper-skip-not-picked-up", "complaint-direct", gemma, expect(RP, "normal", "skips", "direct"))
    gemma_b = post(B, "wed 16:30",
                   "@gemma_r_hop Sorry, Gemma, the lorry ran out of time today. You're first on tomorrow's list, "
                   "between 8 and 12.", reply_to=gemma)
    SC("hopper-chatter-lorries-everywhere", "chatter-monitor",
       post("nick_f_hop", "wed 17:30",
            "Every other lorry in Saltmarsh is a Hopper one these days. When did they get so big? Used to be two "
            "blokes and a tipper."),
       expect(MON, "low", None, "indirect"), known_miss="round 18, not met yet: action: want \"monitor\", got respond_public; priority: want \"low\", got normal; the engine read: names Hopper Waste in a post to everyone | complaint (0.54)")
    SC("hopper-fr-merci-debarras", "non-english",
       post("camille_a_hop", "wed 19:00",
            "@HopperWaste merci à l'équipe pour le débarras de la maison de mon père à Reedham. Travail soigné, très "
            "respectueux. 🙏", lang="fr"),
       expect(RP, "low", "clearance", "direct"), note="French praise")

    # ======================================================================================
    # Thursday 12 October
    # ======================================================================================
    SC("hopper-needles-on-wall-heron-way", "safety-urgent",
       post("tasha_b_hop", "thu 07:30",
            "@HopperWaste your clearance crew left a carrier bag of used needles on the front wall of the flat they "
            "cleared on Heron Way yesterday. Sharps sticking out of it and kids walk past to school. Please send "
            "someone now"),
       expect(RP, "urgent", "safety", "direct"))
    amy = post("amy_kerr_hop", "thu 08:40",
               "Hopper bin lorry doing a three-point turn outside St Wilfrid's at 8.40, up on the pavement with the kids "
               "coming in. Nearly hit a pram. Why are trade rounds happening on the school run?!")
    SC("hopper-bin-lorry-school-run", "safety-urgent", amy, expect(RP, "urgent", "safety", "indirect"),
       note="a near miss with children that will come back every school run: a risk to people, not just a grumble")
    SC("hopper-school-gate-reply-get-hurt", "safety-urgent",
       post("lou_fen_hop", "thu 08:55",
            "@amy_kerr_hop same Hopper lorry on Tuesday. I've emailed the head. Somebody is going to get hurt outside "
            "that gate.", reply_to=amy),
       expect(ANY, "urgent", "safety", "third_party"),
       note="a calm warning inside someone else's thread: the risk to children is what matters, not who is addressed")
    SC("hopper-heart-attack-clearance-quote", "question",
       post("jade_m_hop", "thu 09:30",
            "@HopperWaste the house clearance quote for Nan's bungalow nearly gave me a heart attack 😂 £1,850 for a "
            "two-bed? Is that right?"),
       expect(RP, "normal", "clearance", "direct"), note="'heart attack' is a figure of speech; the price is not a private detail")
    SC("hopper-date-of-birth-renewal", "private-details",
       post("rita_g_hop", "thu 10:15",
            "@HopperWaste garden waste renewal keeps rejecting me, says my details don't match. DOB 03/07/1961, same "
            "as when I signed up! Fed up."),
       expect(RV, "normal", "garden", "direct"))
    SC("hopper-email-vat-invoice", "private-details",
       post("sean_tidy_hop", "thu 11:00",
            "@HopperWaste still no VAT invoice for the roro at our Creekside site. Please send it to "
            "accounts@tidewellbuild.example, not to my personal email"),
       expect(RV, "normal", "bookings", "direct"), note="an email address in public")
    SC("hopper-home-address-skip-in-road", "private-details",
       post("martin_o_hop", "thu 11:45",
            "@HopperWaste skip was meant to go on the drive at 41 Plover Close, Eelbrook SM7 2QT. It's been left in "
            "the road with no permit sign on it. Can someone come and move it?"),
       expect(RV, "normal", "skips", "direct"), note="a home address in public")
    SC("hopper-card-number-garden-renewal", "private-details",
       post("carol_i_hop", "thu 12:30",
            "@HopperWaste tried to renew the garden waste three times and card 4000 0566 5566 5556 fails at the last "
            "step every time. Shouldn't be this hard to give you money"),
       expect(RV, "normal", "garden", "direct"), note="a Luhn-valid test card number")
    SC("hopper-trade-account-number", "private-details",
       post("siam_gk_hop", "thu 13:15",
            "@HopperWaste trade account TA-20931. You've charged us for 8 lifts in September and we only had 4. "
            "Restaurant on Oyster Row."),
       expect(RV, "normal", "commercial", "direct"), note="an account number in public; '8 lifts' and '4' are not private")
    SC("hopper-helpline-cut-off-four-times", "public-hotline-number",
       post("pam_rudd_hop", "thu 14:00",
            "Rang Hopper on 0808 157 0246 four times this week about the garden waste and got cut off every single "
            "time. Four."),
       expect(RP, "high", "garden", "indirect"), strict=False,
       note="the brand's own helpline, not a private detail; repeated contact")
    SC("hopper-abusive-gate-post", "abuse-with-problem",
       post("neil_h_hop", "thu 15:00",
            "@HopperWaste clowns. Your driver smashed my gate post dropping the skip off and drove away like nothing "
            "happened. Who's paying for it?"),
       expect(RP, "high", "skips", "direct"), note="rude, with real damage to property: not a danger to people, not urgent")
    SC("hopper-nl-gft-tuinafval", "non-english",
       post("joris_b_hop", "thu 16:00",
            "@HopperWaste onze gft-bak met tuinafval is al twee weken niet geleegd in Reedham. Wanneer komen jullie?",
            lang="nl"),
       expect(RP, "normal", "garden", "direct"))
    SC("hopper-island-hopper-fog", "common-word",
       post("tess_m_hop", "thu 17:00",
            "Island hopper to the Skerrin Isles cancelled again because of fog. Third time. I'm starting to think the "
            "islands don't want me."),
       expect(IGN, "low", None, "none"), note="a small plane; a repeated complaint, but not about the brand")
    SC("hopper-de-container-rollstuhl-insulin", "medical-urgent",
       post("anna_v_hop", "thu 18:30",
            "@HopperWaste Ihr Container steht seit Mittag vor unserer Einfahrt in Gullhaven und der Pflegedienst "
            "kommt nicht durch. Meine Mutter sitzt im Rollstuhl und braucht abends ihr Insulin. Bitte sofort "
            "wegstellen!", lang="de"),
       expect(RP, "urgent", "safety", "direct"), note="German: the carer can't reach a wheelchair user who needs insulin")
    SC("hopper-oxygen-copd-calm-question", "medical-urgent",
       post("helen_m_hop", "thu 19:10",
            "@HopperWaste my husband is on home oxygen with COPD. Is it OK to have the skip right under his bedroom "
            "window while the builders load plasterboard? The dust worries me."),
       expect(RP, "urgent", "safety", "direct"), note="a calm question, but a medical need")

    # ======================================================================================
    # Friday 13 October
    # ======================================================================================
    ben = post("ben_carrow_hop", "fri 07:30",
               "@HopperWaste you charged me £95 for the skip permit. The council website says a Saltmarsh permit is "
               "£45. Where's the other £50 gone?")
    SC("hopper-permit-95-not-45", "complaint-direct", ben, expect(RP, "normal", "skips", "direct"),
       note="prices, not private details")
    SC("hopper-permit-venting-reply", "third-party-venting",
       post("hazel_m_hop", "fri 08:15",
            "@ben_carrow_hop same, £95 on mine in August. Thought it was just me. Hopper must be making a fortune on "
            "permits", reply_to=ben),
       expect(MON, "low", "skips", "third_party"))
    SC("hopper-journalist-permits", "big-reach",
       post("domvale_hop", "fri 09:00",
            "Hearing from a lot of Saltmarsh residents that @HopperWaste charges £95 for skip permits the council "
            "sells for £45. Care to explain, Hopper? DMs open if this happened to you."),
       expect(RP, "high", "skips", "indirect"), note="421k followers", known_miss="round 18, not met yet: action: want \"respond_public\", got monitor; priority: want \"high\", got low; the engine read: tags @HopperWaste in a post to everyone | news or an announcement about the brand | topic skips: 'skip permit', 'skip', 'permit'")
    permits = post(B, "fri 09:40",
                   "About skip permits: the council fee in Saltmarsh is £45. Our £95 covers that fee, the lamps and "
                   "cones, and applying for you. We should have shown the split clearly and we will from Monday.")
    SC("hopper-brand-permit-explainer", "brand-own-post", permits, expect(IGN, "low", "skips", "none"))
    SC("hopper-quote-form-filling", "quote",
       post("tariq_a_hop", "fri 10:20", "'Applying for you' = £50 for filling in one form. Righto 👍", quote=permits),
       expect(RP, "normal", ANY, "indirect"), strict=False,
       note="sarcastic quote of the brand's post, no topic words of its own: answer or monitor?")
    SC("hopper-gemma-skip-still-here", "repeat-contact",
       post("gemma_r_hop", "fri 11:00",
            "@HopperWaste it's Friday. You said Thursday between 8 and 12. Skip's still here and now it's full of "
            "other people's rubbish.", reply_to=gemma_b),
       expect(RP, "high", "skips", "direct"))
    SC("hopper-praise-dads-house-clearance", "praise",
       post("owen_l_hop", "fri 12:00",
            "The Hopper crew who did Dad's house clearance this week were kind, quick and even set aside his old "
            "photos for us. Can't thank them enough."),
       expect(RP, "low", "clearance", "indirect"))
    SC("hopper-es-edward-hopper-museo", "namesake",
       post("carmen_v_hop", "fri 13:00",
            "La exposición de Edward Hopper en el museo de la ciudad es una maravilla. Esa luz de mañana en las casas "
            "vacías… 🖼️", lang="es"),
       expect(IGN, "low", None, "none"), note="the painter, in Spanish")
    SC("hopper-pt-cobraram-duas-vezes", "non-english",
       post("rafa_s_hop", "fri 15:00",
            "@HopperWaste vocês me cobraram duas vezes pela mesma reserva da caçamba. Podem fazer o reembolso?",
            lang="pt"),
       expect(RP, "normal", "bookings", "direct"))
    SC("hopper-fr-dechetterie-fermee", "non-english",
       post("remi_g_hop", "fri 16:30",
            "@HopperWaste la déchetterie de Sluice Lane était fermée à 15h alors que le site dit ouvert jusqu'à 17h. "
            "Une heure de route pour rien.", lang="fr"),
       expect(RP, "normal", "recycling_centre", "direct"))
    SC("hopper-crypto-token-spam", "spam",
       post("hoprcoin_hop", "fri 17:30",
            "@HopperWaste 💰 $HOPR presale is LIVE: the first waste-to-earn coin ♻️ 100x incoming, don't miss it 👉 "
            "{url:https://hopr-coin.example/presale}"),
       expect(IGN, "low", None, "direct"))

    # ======================================================================================
    # Saturday 14 October
    # ======================================================================================
    phil = post("phil_d_hop", "sat 08:30",
                "45 minutes in the queue at the Sluice Lane recycling centre and only one skip bay open. Hopper, it's "
                "Saturday, you knew we were all coming.")
    SC("hopper-recycling-centre-queue", "complaint-indirect", phil, expect(RP, "normal", "recycling_centre", "indirect"), known_miss="round 18, not met yet: action: want \"respond_public\", got monitor; priority: want \"normal\", got low; the engine read: names Hopper Waste in a post to everyone | general chatter about the brand | topic recycling_centre: 'sluice lane', 'recycling centre'")
    SC("hopper-fake-support-reply", "spam",
       post("HopperHelp_hop", "sat 09:30",
            "@phil_d_hop Hi Phil, so sorry about the wait! Hopper Waste Support here 💚 DM us your card details and "
            "we'll refund your fuel today.", reply_to=phil),
       expect(IGN, ANY, ANY, "third_party"), strict=False,
       note="a fake support account fishing for card details: not a case to answer, though the brand may want to warn Phil")
    SC("hopper-it-lezione-hopper", "namesake",
       post("marta_c_hop", "sat 10:30",
            "Lunedì a lezione parliamo di Hopper: Nighthawks, la solitudine, le luci al neon della città. Portate i "
            "quaderni!", lang="it"),
       expect(IGN, "low", None, "none"), note="the painter, in Italian", known_miss="round 18, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Hopper Waste in a post to everyone | general chatter about the brand")
    SC("hopper-hashtag-tv-rabbit", "namesake",
       post("zoe_p_hop", "sat 11:30",
            "Little one has watched the same episode of #Hopper three times this morning. That rabbit's theme tune "
            "lives in my head rent free now 🐰"),
       expect(IGN, "low", None, "none"), note="a children's TV rabbit, in a hashtag")
    SC("hopper-praise-garden-crew-larkspur", "praise",
       post("edna_c_hop", "sat 12:30",
            "@HopperWaste the garden waste crew on Larkspur Close today were lovely. Put the bins back neatly and waved "
            "at my great-grandson, who thinks they're superheroes 💚"),
       expect(RP, "low", "garden", "direct"), known_miss="round 18, not met yet: priority: want \"low\", got normal; the engine read: addressed to @HopperWaste | sarcasm (irony 0.72) from a customer: a complaint | topic garden: 'garden waste'")
    rob = post("robh_hop", "sat 13:30",
               "@HopperWaste no relation, sadly, or I'd have had my skip collected by now. It was due Thursday.")
    SC("hopper-customer-called-hopper", "complaint-direct", rob, expect(RP, "normal", "skips", "direct"),
       note="the customer's own name is Hopper (display name): still a customer")
    rob_b = post(B, "sat 14:00",
                 "@robh_hop Ha, sorry Rob, not even family gets special treatment 😅 We'll collect the skip on Monday "
                 "between 7 and 11.", reply_to=rob)
    SC("hopper-namesake-kelby-bus", "namesake",
       post("kelbybus_hop", "sat 15:00",
            "The Hopper is running every 20 minutes today for the Kelby food fair. Hop on at the market cross 🚌"),
       expect(IGN, "low", None, "none"), note="a bus service in another town", known_miss="round 18, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Hopper Waste in a post to everyone | general chatter about the brand")
    SC("hopper-namesake-runner-surname", "namesake",
       post("striders_hop", "sat 16:30",
            "Huge congratulations to Dr Nia Hopper on her first marathon! 4:12 in the pouring rain. Saltmarsh "
            "Striders are so proud 🏃‍♀️"),
       expect(IGN, "low", None, "none"), note="a surname, in the same town")
    SC("hopper-threat-windscreen", "threat-urgent",
       post("wayne_t_hop", "sat 18:00",
            "Told the Hopper driver that if he blocks my drive with a skip one more time I'll put him through his own "
            "windscreen. Meant every word."),
       expect(ANY, "urgent", "skips", "indirect"), note="a threat against a driver, said to everyone")
    SC("hopper-news-fake-crew-fined", "news-monitor",
       post("gazette_hop", "sat 20:00",
            "Saltmarsh man fined £2,400 for fly-tipping after posing as a Hopper Waste crew in a cash-in-hand "
            "clearance scam {url:https://saltmarshgazette.example/2028/10/fake-clearance-fine}"),
       expect(MON, "low", "flytipping", "indirect"))

    # ======================================================================================
    # Sunday 15 October
    # ======================================================================================
    SC("hopper-infeed-hopper-recycling-plant", "common-word",
       post("kris_n_hop", "sun 09:00",
            "Sunday shift at the recycling plant: the infeed hopper blocked with plastic film twice before 9. Love "
            "this job really."),
       expect(IGN, "low", None, "none"), note="a conveyor hopper at someone else's plant, right next to waste words")
    SC("hopper-rob-keep-off-the-verge", "thread-with-brand",
       post("robh_hop", "sun 10:30",
            "Monday's fine. Can the driver keep off the verge this time? It's only just recovered from the delivery 😅",
            reply_to=rob_b),
       expect(RP, "normal", "skips", "direct"), note="replies to the brand without @", known_miss="round 18, not met yet: priority: want \"normal\", got high; the engine read: replies to @HopperWaste: the customer is talking to the brand | complaint (0.71) | repeat contact | topic skips: 'delivery'")
    naz = post("naz_a_hop", "sun 11:00", "Skip firm recommendations round Samphire Hill? Need one for next weekend 🙏")
    SC("hopper-tagged-in-friends-thread-question", "question",
       post("toby_r_hop", "sun 11:20",
            "@naz_a_hop we had Hopper last month, no dramas. @HopperWaste do you still do the mini skips for £150 a "
            "week?", reply_to=naz),
       expect(RP, "normal", "skips", "indirect"),
       note="in a friend's thread but tags the brand with a question: answer; the brand is tagged in passing")
    SC("hopper-loft-could-kill-a-man", "chatter-monitor",
       post("jess_h_hop", "sun 12:00",
            "The amount of junk that came out of our loft could kill a man. Hopper skip full to the brim and it's only "
            "day one 😂"),
       expect(MON, "low", "skips", "indirect"), note="'could kill a man' is a figure of speech; no problem to solve")
    SC("hopper-price-days-question", "question",
       post("ade_c_hop", "sun 13:00",
            "@HopperWaste is it £260 for an 8 yard skip for 14 days, or 7 days? The website says both on different "
            "pages."),
       expect(RP, "normal", "skips", "direct"), note="prices and days, no private details")
    SC("hopper-long-week-grab-no-show", "complaint-in-passing",
       post("sian_l_hop", "sun 14:00",
            "Long week: car in the garage, dog at the vet, and the @HopperWaste grab lorry never turned up, so the "
            "builders sat in my kitchen drinking tea on my money."),
       expect(RP, "normal", "skips", "indirect"))
    SC("hopper-html-renewal-email", "html-entities",
       post("omar_h_hop", "sun 15:00",
            "@HopperWaste got a 'renew your garden waste' email that shows &lt;img src=x onerror=alert(document.cookie)&gt; "
            "at the top &amp; the button goes nowhere. Is it really from you?"),
       expect(RP, "normal", "garden", "direct"), note="hostile HTML delivered escaped; a real question")
    SC("hopper-helpline-passed-on", "public-hotline-number",
       post("cath_d_hop", "sun 16:00",
            "For anyone on Reedham still waiting on brown bins: Hopper's number is 0808 157 0246. Took me 40 minutes "
            "to get through but they've promised Tuesday."),
       expect(MON, "low", "garden", "indirect"), strict=False,
       note="the brand's own helpline passed on to neighbours: not a private detail; the customer already has an answer")
    SC("hopper-repost-third-monday", "repost", post("jo_bright_hop", "sun 17:00", "", retweet=di),
       expect(IGN, "low", "garden", "indirect"))
    SC("hopper-lowercase-garden-bin-third", "complaint-indirect",
       post("ryan_p_hop", "sun 18:30",
            "hopper missed the garden bin again. third time since august. every other fortnight like clockwork"),
       expect(RP, "high", "garden", "indirect"), note="the name in lower case; a third miss: a repeated complaint", known_miss="round 18, not met yet: action: want \"respond_public\", got monitor; priority: want \"high\", got low; the engine read: names Hopper Waste in a post to everyone | general chatter about the brand | topic garden: 'garden bin'")
    SC("hopper-no-lights-blind-neighbour", "safety-urgent",
       post("bex_hop", "sun 19:30",
            "@HopperWaste while we're on the subject: the skip on Ferry Lane has had no lights for three nights now "
            "and there's a blind man on that road who walks with a cane.", reply_to=permits),
       expect(RP, "urgent", "safety", "direct"), note="a calm report under the brand's post: an unlit skip and a blind neighbour")
    SC("hopper-namesake-pub-gets-a-skip", "namesake",
       post("hopperinn_hop", "sun 20:30",
            "The Hopper beer garden is getting a skip on Monday for the refurb. New decking and heaters by Bonfire "
            "Night, then you lot can stop moaning 🍺"),
       expect(IGN, "low", ANY, "none"), note="the pub, next to a business word ('skip'); the topic does not matter", known_miss="round 18, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Hopper Waste in a post to everyone | general chatter about the brand | topic skips: 'skip'")
    return brand


BRANDS["hopper-waste"] = ("HopperWaste", 7978901245, build_hopper_waste)
