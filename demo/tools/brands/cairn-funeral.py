# Cairn (Cairn Funeral Care): a made-up firm of funeral directors with branches in the made-up
# towns of Kelderby, Pennock, Wrayburn, Hollinsford and Strathmoy: arranging funerals, hearses and
# family cars, collecting the person who has died from home or hospital, chapels of rest,
# cremations at Hollinsford Crematorium and burials, ashes and urns, headstones and memorial
# stones, online memorial pages and live-streamed services, pre-paid funeral plans, invoices,
# deposits and payment plans.
# The business is full of death words that are not emergencies: someone has already died, and
# that is grief, not risk to life. A few posts are urgent: a grieving person who says she would
# rather not wake up, a threat against staff at a branch, a hearse crash with people hurt, a
# collapse during a service, medical needs on the day.
# "Cairn" is also an ordinary word (a pile of stones on a summit that walkers add a stone to, a
# memorial cairn where ashes were scattered, the cairns of the Cairngorms, a cairn terrier) and a
# name: the footballer Lewis Cairn, the memoirist Isla Cairn, the Cairn Climbing Club, Cairn 18
# single malt, the Cairn Café in Wrayburn. None of them is the funeral firm.
# Written blind, from PRODUCT.md and the scenario README's conventions only. The week of
# 10 April 2028 (Easter week): on Monday morning the live-stream service fails at every chapel
# and crematorium from about 10:30 to 12:45, and families abroad miss funerals. On Tuesday a
# daughter finds that the ashes the Kelderby branch gave her are someone else's; another family
# has already scattered the wrong ashes; the Kelderby Courier runs the story on Wednesday, a man
# smashes the branch window, and the daughter's brother makes a threat. On Wednesday plan holders'
# families are told their pre-paid plans do not cover what was promised, and a consumer
# journalist picks it up. On Thursday a hearse runs into the back of a car at the Pennock Road
# roundabout, and a grandfather collapses during a service at Wrayburn. A late final invoice
# comes back for the third time. On Good Friday a fake "Cairn accounts" account asks bereaved
# families to pay balances into a new bank account. The weekend: grief, the name's other lives,
# and Easter.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place, branch,
# account, plan and card number, phone number and address here is made up. Phone numbers are from
# the UK drama ranges; the card number is a Luhn-valid test number.


def build_cairn_funeral():
    global CURRENT_BRAND, CLOCK
    brand = Brand("cairn-funeral", SCEN_DIR / "cairn-funeral.plan.toml", "CairnFuneral", 5378901245, 1861220000000005801)
    CURRENT_BRAND, CLOCK = brand, Clock("2028-04-10T05:30:00Z")
    B = "CairnFuneral"
    user(B, "Cairn Funeral Care", 5378901245,
         "Cairn Funeral Care 🕯️ funeral directors in Kelderby, Pennock, Wrayburn, Hollinsford and Strathmoy. "
         "Here day and night: 0808 157 0642. We will never ask you to change bank details by message.",
         21_400, following=640, tweets=9_800, listed=95, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 10940100000 + _n[0] * 4129, bio, followers, **kw)

    person("jodie_p_cai", "Jodie Parr", "Pennock. Nursery nurse. Nan's girl.", 310)
    person("rob_s_cai", "Rob Sinclair", "Strathmoy. Quantity surveyor. Executor, apparently.", 240)
    person("devokafor_cai", "Devon Okafor", "Chef. Kitchens in Leeds and Lagos. 'Pepper and Smoke' out now. Grandson of the best cook I ever knew.",
           640_000, following=1_100, listed=2_900, verified=True)
    person("CairnHelp_cai", "Cairn Funeral Care Support ✅", "Official 24/7 support for Cairn Funeral Care families. Refunds and complaints, DM us ✅", 27, following=4_800)
    person("dunc_cai", "Duncan Reid", "Kelderby. Plumber. Thinks he's funny.", 410)
    person("lou_h_cai", "Lou Harding", "Hollinsford. Teacher. Tired.", 380)
    person("nan_pat_cai", "Pat Lowther", "Nan of five. I share the useful stuff.", 120)
    person("mags_cai", "Mags Doyle", "Wrayburn. Retired dinner lady. Big family, bigger heart.", 210)
    person("tasha_cai", "Tasha Doyle", "Leeds via Wrayburn. Graphic designer.", 530)
    person("kerry_b_cai", "Kerry Bright", "Hollinsford. Mum of 3. Permanently late.", 270)
    person("ana_l_cai", "Ana Lopes", "Lisboa. Professora. Filha de um homem de Hollinsford.", 160)
    person("bryony_cai", "Bryony Shaw", "Hollinsford. Daughter. Gardener.", 190)
    person("HollFM_cai", "Hollinsford FM", "Local radio for Hollinsford, Wrayburn and Pennock. News on the hour.", 18_400, verified=True)
    person("priti_cai", "Priti Naidoo", "Wrayburn. Pharmacist. Mum lives in Toronto now.", 290)
    person("hillwalk_cai", "Ros Tennant", "Hills, dogs, flasks of tea. Pennock.", 1_300)
    person("claire_h_cai", "Claire Hudson", "Kelderby. Teaching assistant. Mum's girl, always.", 230)
    person("ellie_p_cai", "Ellie Pryce", "Kelderby. 24. Student nurse.", 460)
    person("conor_cai", "Conor Walsh", "Kelderby born, Dublin roots. Ferry regular.", 180)
    person("stevo_cai", "Steve Marsh", "Pennock. Roofer. Say it how it is.", 90)
    person("wendy_cai", "Wendy Carr", "Strathmoy. Shop manager. Running on fumes.", 320)
    person("nina_cai", "Nina Ashworth", "Kelderby. Knitter. Worrier.", 150)
    person("graham_cai", "Graham Booth", "Twenty years at a crematorium, now retired. Allotment, grandkids.", 260)
    person("pauline_cai", "Pauline Greaves", "Kelderby. Retired. Not good with phones.", 70)
    person("CairnCC_cai", "Cairn Climbing Club", "Climbing and scrambling club for Kelderby and the hills since 1962 🧗", 2_100)
    person("KelCourier_cai", "Kelderby Courier", "Kelderby's paper since 1868. News, sport, what's on.", 14_200, verified=True)
    person("sue_r_cai", "Sue Rigby", "Kelderby born and bred. Always sharing the local news.", 140)
    person("punster_cai", "Al Fenn", "Puns, mostly. Kelderby.", 380)
    person("fiona_e_cai", "Fiona Ellis", "Wrayburn. Accountant. Only daughter.", 210)
    person("carl_p_cai", "Carl Pickering", "Wrayburn. Forklift driver. Son of Joan.", 120)
    person("sallyvance_cai", "Sally Vance", "Consumer journalist. Money, rights and rip-offs. Tips: DMs open.",
           480_000, following=2_300, listed=3_600, verified=True)
    person("mick_d_cai", "Mick Dunn", "Strathmoy. Retired electrician.", 110)
    person("harriet_cai", "Harriet Lowe", "Pennock. Librarian. Dry as a bone.", 560)
    person("andy_k_cai", "Andy Kerr", "Pennock. Retired engineer. Keeps every letter.", 200)
    person("jonas_cai", "Jonas Becker", "Aus Köln, lebt in Strathmoy. Ingenieur.", 170)
    person("amira_cai", "Amira Said", "Kelderby. Works on Market Street.", 300)
    person("dean_h_cai", "Dean Hudson", "Kelderby. Scaffolder. Claire's big brother.", 150)
    person("jamie_w_cai", "Jamie Wilde", "Whisky, walking and bad jokes. Wrayburn.", 880)
    person("kaz_cai", "Karen Oates", "Kelderby. Post office regular.", 90)
    person("lin_cai", "Lin Chow", "Kelderby. Nurse. Nights.", 340)
    person("mo_r_cai", "Mo Rahman", "Pennock. Taxi driver. Seen it all.", 420)
    person("sam_w_cai", "Sam Whitfield", "Wrayburn. Apprentice electrician. Grandad's boy.", 260)
    person("tess_cai", "Tess Morley", "Hollinsford. Daughter, wife, list maker.", 180)
    person("giulia_cai", "Giulia Romano", "Da Bologna a Hollinsford. Figlia e nonna.", 150)
    person("PennockPost_cai", "Pennock Post", "News for Pennock and the valley since 1890.", 9_800)
    person("joe_t_cai", "Joe Tranter", "Pennock. Caravanner. My dad's son.", 230)
    person("rita_cai", "Rita Osei", "Hollinsford. Church choir. Aunt to many.", 190)
    person("townwatch_cai", "Nell Gray", "Strathmoy. I notice shops opening and closing.", 640)
    person("kel_t_cai", "Kelly Turner", "Pennock. Mum of 2.", 150)
    person("jen_w_cai", "Jen Wood", "Pennock. Care worker. Skint.", 200)
    person("CairnAccts_cai", "Cairn Funeral Accounts", "Accounts and payments for Cairn Funeral Care families. DM for our bank details.", 12, following=3_900)
    person("maureen_cai", "Maureen Holt", "Wrayburn. Widowed a fortnight. Learning all this.", 40)
    person("brenda_cai", "Brenda Fox", "Pennock. Married 51 years.", 60)
    person("omar_cai", "Omar Farah", "Strathmoy. Civil servant. Reads the small print.", 350)
    person("FundsBack_cai", "RecoverIt Pro ✅", "Certified scam and crypto fund recovery. 100% success. DM ✅", 7_200, following=5_000)
    person("pennock_pip_cai", "Pip Harland", "Pennock high street's nosiest resident.", 730)
    person("CairnCafe_cai", "The Cairn Café", "Scones, soup and a view of the river. Wrayburn, by the bridge ☕", 2_600)
    person("lucy_g_cai", "Lucy Garner", "Hollinsford. Web developer. Daughter.", 900)
    person("alison_cai", "Alison Peake", "Pennock. Just lost my mum.", 110)
    person("joan_m_cai", "Joan Mellor", "Hollinsford. Auntie Val's favourite niece.", 170)
    person("lee_g_cai", "Lee Garside", "Pennock. Warehouse. Don't test me.", 60)
    person("carmen_cai", "Carmen Ruiz", "Sevillana en Wrayburn.", 80)
    person("pablo_cai", "Pablo Ortega", "De Valencia. Vivo en Kelderby.", 210)
    person("wafc_gaz_cai", "Gaz Heron", "Wrayburn Athletic ⚽ home and away since '98", 1_100)
    person("fern_cai", "Fern Dalby", "Dog mum. Wrayburn. Tea.", 540)
    person("rach_cai", "Rachel Pike", "Strathmoy. Daughter. Eulogy writer, apparently.", 210)
    person("gemma_cai", "Gemma Lord", "Strathmoy. Hairdresser. Honest.", 330)
    person("munro_cai", "Kirsty Bain", "Wild camper. Navigation nerd. Scotland and the north.", 4_600)
    person("tom_b_cai", "Tom Barker", "Wrayburn. A day at a time.", 240)
    person("viv_cai", "Viv Sutton", "Wrayburn. Retired nurse. Knows everyone.", 410)
    person("meg_cai", "Meg Rowley", "Strathmoy. Organised. Mostly.", 150)
    person("ben_h_cai", "Ben Holroyd", "Pennock. Walker. Missing my dad.", 260)
    person("dot_cai", "Dot Marsden", "Wrayburn. Allotment society treasurer.", 90)
    person("booknook_cai", "Tamsin Ray", "Reading everything. Crying at most of it 📚", 2_300)
    person("sanne_cai", "Sanne de Vries", "Uit Utrecht, woont in Pennock.", 190)
    person("celine_cai", "Céline Marchand", "Lyonnaise. Sœur de Sophie.", 140)
    person("dan_r_cai", "Dan Rigg", "Pennock. Joiner. My dad's lad.", 130)
    person("boost_cai", "BoostMedia 📈", "Grow your brand FAST. Real followers. DM for packages 💸", 1_900, following=4_900)
    person("liz_q_cai", "Liz Quinn", "Strathmoy. Bookkeeper. Numbers don't lie.", 260)
    person("gail_m_cai", "Gail Munro", "Hollinsford. Only girl, three brothers. Patience of a saint.", 170)
    person("telly_cai", "Mel Okoro", "Telly addict. Live-tweets everything. Hollinsford.", 1_800)
    person("wrayhist_cai", "Wrayburn Local History", "Photos, stories and old maps of Wrayburn. Meetings first Tuesday.", 3_200)

    # ---- Monday 10 April: the live streams fail -------------------------------------------------
    SC("cairn-question-nan-hospital-collect", "question",
       tw("jodie_p_cai", f"@{B} my nan died in Pennock Royal last night. the ward said to ring a funeral director. do we need the death certificate before you can collect her or can that come later? sorry if this is a daft question, we've never done this",
          when="2028-04-10T05:52:14Z"),
       expect(RP, "normal", "collection", "direct"),
       note="death words, but someone has already died: a plain question, not a risk to life")
    rob = tw("rob_s_cai", f"@{B} my dad's funeral was six weeks ago and we still haven't had the final invoice. I've rang the Strathmoy branch twice and been promised it twice. the solicitor can't finish probate without it",
             when="2028-04-10T07:05:40Z")
    SC("cairn-repeat-invoice-second-time", "repeat-contact", rob, expect(RP, "high", "billing", "direct"),
       note="he has chased the same invoice twice already by phone: a repeated complaint")
    rob_brand = tw(B, "@rob_s_cai Rob, I'm sorry, six weeks is far too long when you're trying to settle your dad's affairs. I've asked our Strathmoy accounts team to send the final invoice by Friday, and I'll check myself that it has gone.",
                   reply_to=rob, when="2028-04-10T07:41:09Z")
    SC("cairn-brand-reply-invoice", "brand-own-post", rob_brand, expect(IGN, "low", "billing", "none"))
    devon = tw("devokafor_cai", f"My grandmother's funeral started at 10:30. Half our family is in Lagos and Houston watching the Cairn live stream and it has been a black screen for 25 minutes. They have missed all of it. They can't get this morning back. @{B}",
               when="2028-04-10T09:58:31Z",
               metrics={"retweet_count": 2100, "reply_count": 860, "like_count": 31800, "quote_count": 240})
    SC("cairn-big-reach-chef-stream", "big-reach", devon, expect(RP, "high", "online", "indirect"),
       note="640k followers; the stream is down at every chapel: an outage; the handle at the end of a post to everyone")
    SC("cairn-spam-fake-support-chef", "spam",
       tw("CairnHelp_cai", "@devokafor_cai Hi Devon 🙏 Cairn support here. So sorry for your loss, we will refund the whole funeral today. Just DM us your bank details and sort code to process ✅",
          reply_to=devon, when="2028-04-10T10:04:12Z"),
       expect(IGN, "low", "billing", "third_party"),
       note="an impersonator under a big account's post, fishing for bank details")
    SC("cairn-joke-stone-cold-stream", "joke-bystander",
       tw("dunc_cai", "@devokafor_cai sorry for your loss pal. but Cairn, a firm named after a pile of rocks, and the stream is a stone-cold black screen. they're really leaning into the name",
          reply_to=devon, when="2028-04-10T10:09:47Z"),
       expect(IGN, "low", "online", "third_party"), note="a stranger's pun on the name under someone else's post")
    status = tw(B, "🔧 Our live streams are down this morning at every chapel and at Hollinsford Crematorium. So sorry. Families will get a free recording of every service by Wednesday, from the chapel's own camera. Update here by 12.",
                when="2028-04-10T10:12:00Z")
    SC("cairn-brand-own-stream-status", "brand-own-post", status, expect(IGN, "low", "online", "none"))
    SC("cairn-sarcasm-buffered-eulogy", "sarcasm-customer",
       tw("lou_h_cai", "love that my mum's funeral stream buffered all the way through the eulogy and came back just in time for the curtains to close. really captured the highlights for the relatives abroad 🙃 cheers cairn",
          when="2028-04-10T10:20:26Z"),
       expect(RP, "high", "online", "indirect"),
       note="sarcasm from a customer during the stream outage; the brand named in lower case", known_miss="round 14, not met yet: action: want \"respond_public\", got ignore; priority: want \"high\", got low; addressed: want \"indirect\", got none; the engine read: 'cairn' is used as an ordinary word | topic online: 'stream', 'buffering', 'buffered'")
    SC("cairn-repost-stream-status", "repost", tw("nan_pat_cai", "", retweet=status, when="2028-04-10T10:25:03Z"),
       expect(IGN, "low", "online", "indirect"))
    mags = tw("mags_cai", "sat in the car outside the crem after our Ray's. absolutely wrung out. he'd have hated all the fuss", when="2028-04-10T10:28:00Z")
    SC("cairn-venting-link-dead-cousin", "third-party-venting",
       tw("tasha_cai", "@mags_cai sending love auntie Mags. the Cairn link for his was dead too, my lot in Leeds got a spinning wheel the whole time. we ended up holding a phone up at the back 😞",
          reply_to=mags, when="2028-04-10T10:33:51Z"),
       expect(MON, "low", "online", "third_party"), note="venting to family in a reply thread, brand not tagged: don't butt in")
    SC("cairn-in-passing-monday-bingo", "complaint-in-passing",
       tw("kerry_b_cai", f"monday bingo: school run in the rain ✅ lost my glasses ✅ @{B} live stream for grandad's froze so my auntie in Spain missed the whole thing ✅ can this week just end please",
          when="2028-04-10T10:45:18Z"),
       expect(RP, "high", "online", "indirect"), note="the brand tagged in the middle of a bad morning, during the outage", known_miss="round 14, not met yet: priority: want \"high\", got normal; the engine read: tags @CairnFuneral in a post to everyone | describes their own experience | complaint (0.79) | topic online: 'live stream', 'stream', 'froze'")
    SC("cairn-pt-transmissao-nao-funcionou", "non-english",
       tw("ana_l_cai", f"@{B} Bom dia. O funeral do meu pai foi hoje às 10h30 em Hollinsford e a transmissão ao vivo não funcionou. Estou em Lisboa, não pude viajar e não vi nada. Vão enviar o vídeo? Obrigada",
          lang="pt", when="2028-04-10T11:02:37Z"),
       expect(RP, "high", "online", "direct"), note="Portuguese: the live stream of her father's funeral failed, during the outage", known_miss="round 14, not met yet: priority: want \"high\", got normal; the engine read: addressed to @CairnFuneral | a question | topic online: 'transmissão', 'ao vivo', 'video', 'vídeo'")
    SC("cairn-quote-stream-status-wobbly", "quote",
       tw("bryony_cai", "'a free recording by Wednesday' great, so my aunt who couldn't travel gets a wobbly video in two days instead of being at her own brother's funeral. she wanted to be there, live, with us",
          quote=status, when="2028-04-10T11:40:55Z"),
       expect(RP, "high", "online", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; her own complaint about the outage")
    SC("cairn-news-stream-outage-radio", "news-monitor",
       tw("HollFM_cai", "Families in Hollinsford and Wrayburn missed funerals this morning after Cairn Funeral Care's live-stream service went down for more than two hours. The firm says recordings will be sent free. More at 1 {url:https://hollinsfordfm.example/news/cairn-stream}",
          when="2028-04-10T12:30:00Z"),
       expect(MON, "low", "online", "indirect"))
    devon_brand = tw(B, "@devokafor_cai Devon, I'm so sorry. Your family should have been able to share this morning with you and we let them down. Ailsa, who leads our ceremonies team, will ring you at 2 to talk about the recording and anything else we can do.",
                     reply_to=devon, when="2028-04-10T12:48:22Z")
    SC("cairn-brand-reply-chef", "brand-own-post", devon_brand, expect(IGN, "low", "online", "none"), known_miss="round 14, not met yet: topic: want \"online\", got arrangements; the engine read: the brand's own post | topic arrangements: 'ceremony', 'cérémonie'")
    SC("cairn-q-reply-recording-poems", "question-in-reply-to-brand",
       tw("priti_cai", "will the recording have the poems the grandkids read at the start? that's the bit my mum most wanted to see from Toronto",
          reply_to=status, when="2028-04-10T13:20:09Z"),
       expect(RP, "normal", "online", "direct"), note="a question under the brand's post, no @")
    SC("cairn-thread-chef-thanks", "thread-with-brand",
       tw("devokafor_cai", "spoke to Ailsa. she was kind and straight with us, and the recording from the chapel camera is actually lovely. my aunties in Lagos have watched it twice already. thank you 🙏🏾",
          reply_to=devon_brand, when="2028-04-10T16:40:44Z"),
       expect(RP, "low", "online", "direct"), note="thanks in the brand's thread, no @")
    SC("cairn-common-summit-cairn", "common-word",
       tw("hillwalk_cai", "added a stone to the summit cairn on Brack Pike for dad, like we did every Easter when I was small. windy, freezing, perfect 🏔️",
          when="2028-04-10T18:30:12Z"),
       expect(IGN, "low", None, "none"), note="walkers add a stone to the cairn on a summit; grief, but no funeral firm")

    # ---- Tuesday 11 April: the wrong ashes at Kelderby ----------------------------------------------
    SC("cairn-private-booking-ref-email", "private-details",
       tw("gail_m_cai", f"@{B} please can the recording of mum's funeral at Hollinsford yesterday come to me and not my brother? booking ref CF-HOL-20931, my email is gail.m@postbox.example. he's got the account but he won't pass anything on",
          when="2028-04-11T07:20:31Z"),
       expect(RV, "normal", "online", "direct"), note="a booking reference and an email address in public")
    claire = tw("claire_h_cai", f"@{B} I collected my mum's ashes from your Kelderby branch yesterday. I've just opened the box to put her in the urn we chose and the name plate says Edward Pryce. where is my mum?? where is she??",
                when="2028-04-11T08:12:05Z")
    SC("cairn-complaint-wrong-ashes", "complaint-direct", claire, expect(RP, "high", "ashes", "direct"),
       note="the wrong person's ashes: as strong a complaint as there is, but nobody's life is at risk", known_miss="round 14, not met yet: priority: want \"high\", got urgent; the engine read: addressed to @CairnFuneral | complaint (0.41) | reads like a risk to people (urgency model 0.64): urgent | topic ashes: 'ashes', 'urn', 'urns', 'urne', 'name plate'")
    claire_brand = tw(B, "@claire_h_cai Claire, I am so sorry. This should never happen to anyone. Please keep everything as it is. Iain, who runs our Kelderby branch, will ring you within the hour and come to you today, and we will not stop until your mum is home with you.",
                      reply_to=claire, when="2028-04-11T08:31:40Z")
    SC("cairn-brand-reply-wrong-ashes", "brand-own-post", claire_brand, expect(IGN, "low", None, "none"))
    SC("cairn-indirect-scattered-wrong-ashes", "complaint-indirect",
       tw("ellie_p_cai", "so Cairn in Kelderby gave us someone else's ashes for grandad. we scattered 'him' at the cricket ground on saturday with the whole family there. now they're saying it wasn't him. i feel sick. i don't know what to say to my nan",
          when="2028-04-11T09:30:48Z"),
       expect(RP, "high", "ashes", "indirect"), note="her own family's complaint, brand named without a tag; as strong as it gets", known_miss="round 14, not met yet: priority: want \"high\", got urgent; the engine read: names Cairn Funeral Care in a post to everyone | reads like a risk to people (urgency model 0.90): urgent | topic ashes: 'ashes', 'scatter', 'scattered', 'scattering'")
    SC("cairn-question-ashes-ferry", "question",
       tw("conor_cai", f"@{B} can we take dad's ashes over to Ireland in hand luggage on the ferry? do we need a certificate from you to go with the urn?",
          when="2028-04-11T10:10:21Z"),
       expect(RP, "normal", "ashes", "direct"))
    SC("cairn-abuse-ghouls-charged-twice", "abuse-with-problem",
       tw("stevo_cai", f"@{B} you ghouls. you lose people's MUMS in Kelderby and still send me a £4,890 invoice for my dad with 'collection of the deceased' charged twice. fix it you vultures",
          when="2028-04-11T11:02:33Z"),
       expect(RP, "high", "billing", "direct"), note="rude, but a real double charge on his invoice", known_miss="round 14, not met yet: priority: want \"high\", got normal; the engine read: addressed to @CairnFuneral | complaint (0.97) | topic billing: 'invoice', 'invoices', 'invoiced', 'charged twice', 'charged', 'charges', an amount of money")
    SC("cairn-repeat-claire-nobody-came", "repeat-contact",
       tw("claire_h_cai", "it's half 3. 'within the hour' was this morning. nobody has rung, nobody has come. I still don't know where my mother's ashes are",
          reply_to=claire_brand, when="2028-04-11T14:31:16Z"),
       expect(RP, "high", "ashes", "direct"), note="back in the brand's thread: the promise was not kept")
    SC("cairn-in-passing-headstone-week", "complaint-in-passing",
       tw("wendy_cai", f"what a week. boiler's packed in, car failed its MOT, @{B} STILL haven't put dad's headstone up five months after they promised, and the dog's been sick on the rug. brilliant",
          when="2028-04-11T15:04:59Z"),
       expect(RP, "normal", "memorials", "indirect"), note="the brand tagged in the middle of a list of woes")
    nina = tw("nina_cai", "picked up mum's ashes from Cairn in Kelderby last month. after today I can't stop wondering if it's even her in that box", when="2028-04-11T15:40:00Z")
    SC("cairn-chatter-ashes-id-disc", "third-party-chatter",
       tw("graham_cai", "@nina_cai I worked at a crem for twenty years. every set of ashes has a numbered metal ID disc in with them, right from the start. Cairn can check that number against the register for you, it'll put your mind at rest",
          reply_to=nina, when="2028-04-11T16:02:38Z"),
       expect(MON, "low", "ashes", "third_party"), note="a stranger's reassurance in someone else's thread")
    SC("cairn-hotline-ashes-cut-off", "public-hotline-number",
       tw("pauline_cai", f"@{B} I've tried 0808 157 0642 four times today to ask if the ashes you gave me from Kelderby in March are really my husband's. forty minutes waiting then cut off every time. is anyone there at all?",
          when="2028-04-11T17:10:27Z"),
       expect(RP, "high", "ashes", "direct"), strict=False,
       note="the brand's own helpline is not a private detail; four failed calls on the day of the mix-up make it a strong complaint")
    wray = tw("wrayhist_cai", "Eighty years ago today: the old mayor Alf Brennan's cortege leaves St Mary's, Wrayburn, in 1948. Horse-drawn hearse, the whole town in black, and (we think) Cairn's first ever funeral from the old Bridge Street yard 📸",
              when="2028-04-11T18:00:00Z")
    SC("cairn-chatter-local-history-cortege", "chatter-monitor", wray, expect(MON, "low", "arrangements", "indirect"),
       note="local history about the firm's past: nothing to answer")
    SC("cairn-namesake-climbing-club", "namesake",
       tw("CairnCC_cai", "Cairn Climbing Club meet this Saturday at Raven Crag 🧗 beginners welcome, ropes and helmets provided. Lift share from Kelderby market square at 8",
          when="2028-04-11T20:00:00Z"),
       expect(IGN, "low", None, "none"), note="a climbing club")

    # ---- Wednesday 12 April: the news, the plans, a smashed window --------------------------------
    courier = tw("KelCourier_cai", "Two Kelderby families say they were given the wrong ashes by Cairn Funeral Care's Market Street branch. The firm has apologised and says it is checking every urn in its care {url:https://kelderbycourier.example/news/cairn-ashes}",
                 when="2028-04-12T06:30:00Z")
    SC("cairn-news-courier-wrong-ashes", "news-monitor", courier, expect(MON, "low", "ashes", "indirect"))
    SC("cairn-repost-courier-story", "repost", tw("sue_r_cai", "", retweet=courier, when="2028-04-12T06:52:30Z"),
       expect(IGN, "low", "ashes", "indirect"))
    SC("cairn-joke-pile-of-stones", "joke-bystander",
       tw("punster_cai", "@KelCourier_cai a firm called Cairn, literally a pile of stones, and it can't keep track of what's in its own pile. you honestly couldn't make it up",
          reply_to=courier, when="2028-04-12T07:10:14Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun on the name under the newspaper's post")
    fiona = tw("fiona_e_cai", f"@{B} my mum paid £4,200 for a Cairn pre-paid plan in 2019 and your salesman promised it covered everything. she died on Sunday and now your Wrayburn branch says it doesn't cover the cremation fee or the limousine and we owe £1,380. how is that everything?",
               when="2028-04-12T07:30:52Z")
    SC("cairn-complaint-plan-not-covered", "complaint-direct", fiona, expect(RP, "normal", "plans", "direct"))
    fiona_brand = tw(B, "@fiona_e_cai Fiona, I'm so sorry for your loss, and for adding to it. Please don't pay anything yet. DM us your mum's name and the branch where she bought her plan, and our plans team will check today exactly what it covers.",
                     reply_to=fiona, when="2028-04-12T07:58:13Z")
    SC("cairn-brand-reply-plan", "brand-own-post", fiona_brand, expect(IGN, "low", "plans", "none"))
    SC("cairn-thread-plan-leaflet", "thread-with-brand",
       tw("fiona_e_cai", "she bought it at your Wrayburn branch from a man called Clive in 2019. I've got his leaflet in front of me and it says 'everything covered, nothing more to find'. DMing now",
          reply_to=fiona_brand, when="2028-04-12T08:20:37Z"),
       expect(RP, "normal", "plans", "direct"), note="the customer answers the brand's question in its thread, no @", known_miss="round 14, not met yet: priority: want \"normal\", got high; the engine read: replies to @CairnFuneral: the customer is talking to the brand | complaint (0.65) | repeat contact | topic plans: 'cover', 'covers', 'covered'")
    SC("cairn-private-plan-number-dob-address", "private-details",
       tw("carl_p_cai", f"@{B} plan number CFP-2019-448172, holder Joan Pickering, date of birth 14/02/1941, 9 Rowan Close, Wrayburn WR3 8QT. she paid it off in full. please tell me what it actually covers before her service next week",
          when="2028-04-12T09:15:44Z"),
       expect(RV, "normal", "plans", "direct"), note="a plan number, a date of birth and a home address in public")
    SC("cairn-big-reach-journalist-plans", "big-reach",
       tw("sallyvance_cai", f"My inbox today: dozens of people told their Cairn pre-paid funeral plans don't cover what they were sold, with bills of £1,000+ landing days after a death. If you bought one, check the small print. @{B}, care to explain?",
          when="2028-04-12T10:05:19Z",
          metrics={"retweet_count": 1400, "reply_count": 520, "like_count": 9700, "quote_count": 160}),
       expect(RP, "high", "plans", "indirect"), note="480k followers asking the brand in public")
    faq = tw(B, "Questions about a Cairn pre-paid plan? Our plans team is here until 8pm today and all weekend. Reply here or DM us with your question (please not your plan number) and we'll check exactly what your plan covers.",
             when="2028-04-12T10:30:00Z")
    SC("cairn-brand-own-plans-faq", "brand-own-post", faq, expect(IGN, "low", "plans", "none"))
    SC("cairn-q-reply-evergreen-plan", "question-in-reply-to-brand",
       tw("mick_d_cai", "my dad bought his plan through Evergreen Legacy before you took them over in 2021. will you honour it, or is it worth nothing now?",
          reply_to=faq, when="2028-04-12T11:12:08Z"),
       expect(RP, "normal", "plans", "direct"), note="a question under the brand's post, no @")
    SC("cairn-sarcasm-plan-peace-of-mind", "sarcasm-customer",
       tw("harriet_cai", "The Cairn pre-paid plan my dad finished paying off in 2016 covers 'the basics' and not a penny more. Wonderful peace of mind he bought there. So glad he spent his savings on it.",
          when="2028-04-12T12:01:56Z"),
       expect(RP, "normal", "plans", "indirect"), note="sarcasm with no emoji and no complaint word")
    SC("cairn-legal-ombudsman-fca", "legal-threat-not-urgent",
       tw("andy_k_cai", f"@{B} if you won't honour my father's plan in full I'm going to the Financial Ombudsman, and I'm reporting the way it was sold to the FCA. He paid for it in 2017. I have every letter.",
          when="2028-04-12T13:20:40Z"),
       expect(RP, "high", "plans", "direct"), note="an ombudsman and regulator threat: a strong complaint, not urgent")
    SC("cairn-de-vorsorge-einaescherung", "non-english",
       tw("jonas_cai", f"@{B} Guten Tag, meine Mutter hat 2018 bei Ihnen einen Vorsorgevertrag abgeschlossen, eine komplette Bestattungsvorsorge. Sie ist letzte Woche gestorben, und jetzt heißt es in Strathmoy, die Einäscherung sei nicht gedeckt. Stimmt das? Ich habe alle Unterlagen.",
          lang="de", when="2028-04-12T14:05:11Z"),
       expect(RP, "normal", "plans", "direct"), note="German: his mother's pre-paid plan does not cover the cremation, he is told")
    SC("cairn-threat-man-with-bat-branch", "threat-urgent",
       tw("amira_cai", f"man in the Cairn branch on Market Street screaming at the staff and smashing the front window with a bat. two women inside look terrified. police called. @{B} ring your branch NOW",
          when="2028-04-12T15:31:02Z"),
       expect(RP, "urgent", "safety", "indirect"), note="violence against the brand's staff, happening now")
    SC("cairn-threat-brother-someone-hurt", "threat-urgent",
       tw("dean_h_cai", f"@{B} if you lot haven't found my mum by tomorrow, someone at that Kelderby branch is going to get hurt. I know where he lives and I've got nothing left to lose",
          when="2028-04-12T18:44:29Z"),
       expect(ANY, "urgent", "safety", "direct"),
       note="a threat against a member of staff, with a real complaint: only the priority is strict")
    SC("cairn-namesake-whisky-after-crem", "namesake",
       tw("jamie_w_cai", "raised a dram of Cairn 18 to grandad after the crem today. his favourite, he'd have approved 🥃 the good stuff only comes out for weddings and funerals in this family",
          when="2028-04-12T20:15:33Z"),
       expect(IGN, "low", "arrangements", "none"),
       note="a single malt called Cairn, drunk after a funeral: not the funeral firm")

    # ---- Thursday 13 April: a hearse crash, a collapse, a late invoice ----------------------------
    kaz = tw("kaz_cai", "anyone know if market street in kelderby is open today? need the post office", when="2028-04-13T07:40:00Z")
    SC("cairn-safety-scaffold-in-thread", "safety-urgent",
       tw("lin_cai", "@kaz_cai it's open but watch yourself, the scaffolding they put up on the front of cairn's after the window got smashed is hanging loose in this wind, right over the pavement. someone's going to get hurt",
          reply_to=kaz, when="2028-04-13T07:52:17Z"),
       expect(ANY, "urgent", "safety", "third_party"),
       note="the action is left open: inside someone else's conversation, but loose scaffolding over a pavement is a danger the brand must hear about now")
    SC("cairn-safety-hearse-crash-witness", "safety-urgent",
       tw("mo_r_cai", "hearse just went into the back of a car at the Pennock Road roundabout. the woman driving is bleeding from her head and there's a cyclist on the ground, ambulance on its way. it's one of the Cairn ones",
          when="2028-04-13T09:20:43Z"),
       expect(RP, "urgent", "safety", "indirect"), note="people hurt by the brand's hearse, just now")
    sam = tw("sam_w_cai", f"@{B} my grandad has collapsed in your Wrayburn chapel during grandma's service. your staff are doing cpr and the ambulance is coming but the side gate is locked. please get someone to open it for the paramedics",
             when="2028-04-13T09:41:06Z")
    SC("cairn-medical-collapse-cpr-gate", "medical-urgent", sam, expect(RP, "urgent", "safety", "direct"),
       note="a collapse during a service, happening now")
    sam_brand = tw(B, "@sam_w_cai Sam, Bev and Tony are with him and Gareth is opening the side gate for the paramedics right now. We'll stay with your family for as long as you need us.",
                   reply_to=sam, when="2028-04-13T09:44:30Z")
    SC("cairn-brand-reply-collapse", "brand-own-post", sam_brand, expect(IGN, "low", "safety", "none"))
    SC("cairn-medical-oxygen-family-car", "medical-urgent",
       tw("tess_cai", f"@{B} hi, we've got the family car booked for dad's on tuesday. mum's on oxygen 24/7 with a portable cylinder and gets breathless after a few steps. is there room for it in the car, and is it ok to travel with? thanks x",
          when="2028-04-13T10:30:19Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question, but about a medical need")
    SC("cairn-medical-it-insulina-limousine", "medical-urgent",
       tw("giulia_cai", f"@{B} Buongiorno, mia madre è diabetica e ha lasciato la sua insulina nella vostra limousine dopo la cerimonia a Hollinsford. La macchina è tornata al deposito e la sua glicemia sta già scendendo. Potete riportarla subito? Grazie",
          lang="it", when="2028-04-13T11:05:52Z"),
       expect(RP, "urgent", "safety", "direct"), note="Italian, written calmly: a diabetic without her insulin, sugar falling")
    SC("cairn-news-hearse-collision", "news-monitor",
       tw("PennockPost_cai", "Two people were taken to hospital after a Cairn Funeral Care hearse collided with a car at the Pennock Road roundabout this morning. Police say their injuries are not thought to be life-threatening.",
          when="2028-04-13T12:30:00Z"),
       expect(MON, "low", "safety", "indirect"), note="news of the crash after the fact: monitor, even with safety words")
    SC("cairn-repeat-invoice-third-time", "repeat-contact",
       tw("rob_s_cai", "that was Monday. you said the final invoice would be with me by Friday, and Friday's a bank holiday, so now what? third time asking. probate is stuck until I get it",
          reply_to=rob_brand, when="2028-04-13T13:32:21Z"),
       expect(RP, "high", "billing", "direct"), note="the third contact about the same invoice, in the brand's thread")
    SC("cairn-praise-nearly-died-laughing", "praise",
       tw("joe_t_cai", f"@{B} nearly died laughing when the celebrant told the story about dad, the caravan and the cattle grid. exactly the send-off he'd have wanted. thank you Declan and everyone at Pennock 💙",
          when="2028-04-13T14:02:40Z"),
       expect(RP, "low", "arrangements", "direct"), note="'nearly died laughing' is praise, not a risk")
    SC("cairn-complaint-hearse-late", "complaint-direct",
       tw("rita_cai", f"@{B} the hearse turned up 40 minutes late for my aunt's service at St Bede's, so we lost our slot at the crem and had to cut the committal short. nobody from your firm has even said sorry",
          when="2028-04-13T15:10:05Z"),
       expect(RP, "normal", "arrangements", "direct"))
    SC("cairn-legal-solicitor-cma", "legal-threat-not-urgent",
       tw("claire_h_cai", f"@{B} my solicitor has written to you today about my mother's ashes, and I've reported your Kelderby branch to Trading Standards and the CMA. I want answers in writing, not more sorries.",
          when="2028-04-13T16:20:33Z"),
       expect(RP, "high", "ashes", "direct"), note="a solicitor and two regulators: a strong complaint, not urgent")
    SC("cairn-thread-cpr-bev-praise", "thread-with-brand",
       tw("sam_w_cai", "he's stable in Pennock Royal and sat up asking for a cup of tea. the lady who did the cpr, Bev, saved his life. please tell her from all of us. thank u carin x",
          reply_to=sam_brand, when="2028-04-13T17:35:12Z"),
       expect(RP, "low", "safety", "direct"),
       note="thanks in the brand's thread (the name misspelt); the danger is over, so not urgent")
    SC("cairn-chatter-new-branch-woolies", "chatter-monitor",
       tw("townwatch_cai", "Cairn are opening a branch in the old Woolworths on Fore Street in Strathmoy. that'll be the third funeral director on one street. say what you like, it's a growth industry",
          when="2028-04-13T18:05:48Z"),
       expect(MON, "low", None, "indirect"), note="talk about the brand with nothing to answer")

    # ---- Good Friday 14 April: the fake accounts team -----------------------------------------------
    SC("cairn-private-died-at-home-phone", "private-details",
       tw("kel_t_cai", f"@{B} my dad died at home about an hour ago. the doctor's been and done what she needs to. it's good friday so i don't know if you're even open. can someone come and collect him today? my number is 07700 900583",
          when="2028-04-14T06:10:26Z"),
       expect(RV, "normal", "collection", "direct"),
       note="a phone number in public; someone has died at home, which is grief, not a risk to life")
    jen = tw("jen_w_cai", "paying for mum's funeral on Tuesday and it's more than I earn in three months. how do people afford this", when="2028-04-14T07:30:00Z")
    SC("cairn-spam-fake-accounts-new-bank", "spam",
       tw("CairnAccts_cai", "@jen_w_cai Hello Jennifer, Cairn Funeral Care accounts team here. Due to an audit your balance must now be paid by bank transfer to our new account today to avoid any delay. DM us for details 🙏",
          reply_to=jen, when="2028-04-14T07:58:40Z"),
       expect(IGN, "low", "billing", "third_party"), note="a fake accounts team fishing for a bereaved family's money")
    SC("cairn-question-is-this-you-bank", "question",
       tw("maureen_cai", f"@{B} just had a message from 'Cairn accounts' saying your bank details have changed and to pay my husband's funeral balance into a new account today. is that you? I'm meant to pay on Tuesday and I don't want to get this wrong",
          when="2028-04-14T08:40:15Z"),
       expect(RP, "normal", "billing", "direct"), note="checking a scam message before paying: nothing lost yet")
    scam = tw(B, "⚠️ Scam warning: fake messages from 'Cairn accounts' are asking families to pay funeral balances into a new bank account. They are not from us. We will never ask you to change bank details by message. If you have paid, call your bank now.",
              when="2028-04-14T09:10:00Z")
    SC("cairn-brand-own-scam-warning", "brand-own-post", scam, expect(IGN, "low", "billing", "none"))
    SC("cairn-repost-scam-warning", "repost", tw("nan_pat_cai", "", retweet=scam, when="2028-04-14T09:24:41Z"),
       expect(IGN, "low", "billing", "indirect"))
    SC("cairn-private-fraud-card-phone", "private-details",
       tw("brenda_cai", f"@{B} I paid the £2,950 balance for my husband's funeral to the new account in your message last night, and your Pennock office says it wasn't you. I put his headstone deposit on my card 5555 5555 5555 4444 through their link too. please ring me 07700 900317",
          when="2028-04-14T09:50:03Z"),
       expect(RV, "high", "billing", "direct"), note="money lost to fraud, with a card number and a phone number in public")
    SC("cairn-quote-scam-warning-deposit", "quote",
       tw("omar_cai", "'we will never ask you to change bank details by message'. then why did your Strathmoy branch email me in March asking me to pay the deposit into a different account?? how are grieving people meant to spot the fakes",
          quote=scam, when="2028-04-14T10:30:27Z"),
       expect(RP, "normal", "billing", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; a fair question about its own emails")
    SC("cairn-spam-fund-recovery", "spam",
       tw("FundsBack_cai", "Lost money to the Cairn Funeral Care payment scam? 💸 Our certified recovery agents get your funds back in 24h. 100% success rate, no upfront fee. DM now ✅",
          when="2028-04-14T11:00:00Z"),
       expect(IGN, "low", "billing", "indirect"), note="scam 'fund recovery' riding on the fraud story")
    SC("cairn-chatter-fire-drill-top-hats", "chatter-monitor",
       tw("pennock_pip_cai", "fire alarm test at Cairn on Pennock high street. two undertakers in full top hats and tails lined up on the pavement looking mildly inconvenienced 😂 most dignified fire drill I've ever seen",
          when="2028-04-14T11:45:36Z"),
       expect(MON, "low", None, "indirect"), note="a fire drill sounds dangerous but is nothing: chatter")
    SC("cairn-namesake-cafe-good-friday", "namesake",
       tw("CairnCafe_cai", "Good Friday at the Cairn Café 🐣 hot cross buns from 8, soup from 12, and the Easter egg hunt in the garden is on Saturday at 11. Dogs and muddy boots welcome",
          when="2028-04-14T12:30:00Z"),
       expect(IGN, "low", None, "none"), note="a café called Cairn")
    SC("cairn-html-guestbook-script", "html-entities",
       tw("lucy_g_cai", f"@{B} the guestbook on mum's memorial page is showing &lt;script src=//cdn.example/x.js&gt;&lt;/script&gt; under someone's 'condolences', and now the page pops up asking visitors for a payment to 'light a candle'. has it been hacked? please take it down",
          when="2028-04-14T13:40:18Z"),
       expect(RP, "normal", "online", "direct"), note="hostile HTML in her mum's memorial page, delivered escaped")
    SC("cairn-hotline-praise-3am", "public-hotline-number",
       tw("alison_cai", "whoever answered Cairn's 0808 157 0642 at 3am on Wednesday when mum died, thank you. you were so gentle with me, and someone was at the door within the hour",
          when="2028-04-14T15:05:51Z"),
       expect(RP, "low", None, "indirect"), strict=False, note="praise quoting the brand's own helpline")
    SC("cairn-praise-fainted-years-ago", "praise",
       tw("joan_m_cai", "two years ago I fainted at my brother's graveside and hit my head, and one of the Cairn team sat with me in the car till the ambulance came. saw him again at Auntie Val's today and finally said thank you. lovely man",
          when="2028-04-14T16:20:09Z"),
       expect(RP, "low", "safety", "indirect"), note="an injury two years ago, long over: praise, not urgent")

    # ---- Saturday 15 April ---------------------------------------------------------------------------
    SC("cairn-safety-grief-not-wake-up", "safety-urgent",
       tw("claire_h_cai", "you found mum yesterday and i should feel better but i don't. i can't do this anymore. i keep thinking i'd rather just not wake up tomorrow",
          reply_to=claire_brand, when="2028-04-15T06:48:33Z"),
       expect(RP, "urgent", "safety", "direct"), note="a grieving customer says she would rather not wake up: risk to life, written quietly in lower case")
    claire_brand2 = tw(B, "@claire_h_cai Claire, thank you for telling us. If you might act on these thoughts, please ring 999 now, or the Samaritans, any hour. Can we ring someone to be with you? Iain can be at your door in 20 minutes.",
                       reply_to=claire_brand, when="2028-04-15T06:55:10Z")
    SC("cairn-brand-reply-welfare", "brand-own-post", claire_brand2, expect(IGN, "low", "safety", "none"))
    SC("cairn-abuse-vultures-admin-fee", "abuse-with-problem",
       tw("lee_g_cai", f"@{B} useless bloody vultures. a £300 'admin fee' on my gran's invoice that nobody ever mentioned, and your Pennock branch hung up on me when I asked about it. sort it out",
          when="2028-04-15T08:12:44Z"),
       expect(RP, "high", "billing", "direct"), note="rude, but a real unexplained fee")
    SC("cairn-es-no-quiero-vivir", "non-english",
       tw("carmen_cai", f"@{B} Ayer me dieron las cenizas de mi marido en vuestra oficina de Wrayburn. Gracias por todo, de verdad. Pero ya no quiero vivir sin él, y esta noche he pensado en quitarme la vida.",
          lang="es", when="2028-04-15T09:03:27Z"),
       expect(RP, "urgent", "safety", "direct"), note="Spanish, calm and polite: a widow thinking of ending her life")
    SC("cairn-es-cenizas-comprobar", "non-english",
       tw("pablo_cai", f"@{B} Hola. Recogimos las cenizas de mi abuelo en vuestra oficina de Kelderby el mes pasado y, después de lo que ha salido en las noticias, no sé si son suyas. La urna no lleva nombre. ¿Cómo puedo comprobarlo?",
          lang="es", when="2028-04-15T10:26:50Z"),
       expect(RP, "normal", "ashes", "direct"), note="Spanish: how to check his grandfather's ashes after the news")
    SC("cairn-common-terrier-buried", "common-word",
       tw("fern_cai", "our cairn terrier Hamish died this morning. fifteen years of stolen socks and barking at the postman. we buried him under the apple tree 💔",
          when="2028-04-15T11:30:12Z"),
       expect(IGN, "low", "arrangements", "none"), note="a cairn terrier; death and burial words, but a dog in a garden")
    rach = tw("rach_cai", "mum's funeral is next thursday and I've got to write the eulogy. no idea where to even start", when="2028-04-15T12:00:00Z")
    SC("cairn-venting-name-spelt-wrong", "third-party-venting",
       tw("gemma_cai", "@rach_cai you'll find the words x just check every proof they send. the Cairn lot did my dad's in Strathmoy and spelt his name wrong on the order of service. twice. never even said sorry",
          reply_to=rach, when="2028-04-15T12:21:35Z"),
       expect(MON, "low", "arrangements", "third_party"), note="venting to a friend about her own past funeral, brand not tagged")
    SC("cairn-html-order-of-service-template", "html-entities",
       tw("meg_cai", "@" + B + " the order of service proof you emailed says 'In loving memory of &lt;b&gt;{{deceased.first_name}}&lt;/b&gt;' on the front, and the hymns are the wrong way round. the printer needs it by 3 and mum's service is Tuesday",
          when="2028-04-15T13:14:02Z"),
       expect(RP, "normal", "arrangements", "direct"), note="a broken template on the order of service, delivered escaped")
    SC("cairn-common-cairngorms-snow", "common-word",
       tw("munro_cai", "three days wild camping in the Cairngorms. every cairn on the plateau was buried in snow, so we navigated by compass and swearing ❄️🏔️",
          when="2028-04-15T14:40:27Z"),
       expect(IGN, "low", "arrangements", "none"), note="cairns on a mountain plateau, 'buried' in snow")
    SC("cairn-namesake-footballer", "namesake",
       tw("wafc_gaz_cai", "LEWIS CAIRN 90+3 🚀🚀 WRAYBURN ATHLETIC STAY UP!!! get in!!!",
          when="2028-04-15T15:55:04Z"),
       expect(IGN, "low", None, "none"), note="a footballer's surname, in capitals")
    tom = tw("tom_b_cai", "does anyone know a decent funeral director in Wrayburn? dad's in the hospice and they've told us days, not weeks", when="2028-04-15T17:00:00Z")
    SC("cairn-chatter-recommend-morag", "third-party-chatter",
       tw("viv_cai", "@tom_b_cai so sorry Tom. Cairn on Bridge Street did my mum's last year and they were kind from start to finish. ask for Morag, she'll look after you all x",
          reply_to=tom, when="2028-04-15T17:24:46Z"),
       expect(MON, "low", None, "third_party"), strict=False,
       note="a recommendation in someone else's thread: the brand should not butt in, though some would thank her")

    # ---- Easter Sunday 16 April ----------------------------------------------------------------------
    SC("cairn-common-memorial-cairn-ashes", "common-word",
       tw("ben_h_cai", "walked up to where dad used to sit above the reservoir, scattered his ashes and built a little cairn so we can always find the spot. happy easter dad 💛",
          when="2028-04-16T08:30:19Z"),
       expect(IGN, "low", "ashes", "none"), note="a memorial cairn of stones where ashes were scattered: no funeral firm")
    SC("cairn-praise-allotment-hearse", "praise",
       tw("dot_cai", f"@{B} thank you Morag and all at Wrayburn for Stan's send-off on Thursday. the hearse went the long way round past his allotment like we asked, and the whole allotment society lined the lane. perfect",
          when="2028-04-16T09:12:37Z"),
       expect(RP, "low", "arrangements", "direct"))
    SC("cairn-namesake-memoirist", "namesake",
       tw("booknook_cai", "Finished Isla Cairn's 'What the Living Carry', about the year after her husband died. cried through the whole last chapter. if you're grieving, read it 📖",
          when="2028-04-16T10:05:58Z"),
       expect(IGN, "low", None, "none"), note="a writer's surname, in a post about grief")
    SC("cairn-nl-grafsteen-inscriptie", "non-english",
       tw("sanne_cai", f"@{B} Goedemiddag. De grafsteen van mijn vader staat er nog steeds niet, zes maanden na de begrafenis in Pennock. De inscriptie hebben we in januari al goedgekeurd. Wanneer wordt hij geplaatst? Mijn moeder vraagt er elke dag naar.",
          lang="nl", when="2028-04-16T11:20:14Z"),
       expect(RP, "normal", "memorials", "direct"), note="Dutch: her father's headstone is still not up")
    SC("cairn-fr-lien-mot-de-passe", "non-english",
       tw("celine_cai", f"@{B} Bonjour, je suis la sœur de Sophie Marchand et j'habite à Lyon. Le lien pour la retransmission des obsèques de lundi demande un mot de passe que personne n'a reçu. Pouvez-vous m'aider ? Merci",
          lang="fr", when="2028-04-16T12:33:41Z"),
       expect(RP, "normal", "online", "direct"), note="French: the stream link for Monday's funeral asks for a password")
    SC("cairn-indirect-wedding-ring-lost", "complaint-indirect",
       tw("dan_r_cai", "gave cairn in pennock dad's suit and his wedding ring for the chapel of rest on monday. now the ring's 'not on the system' and nobody gets back to me. it was his dad's before him",
          when="2028-04-16T13:48:09Z"),
       expect(RP, "normal", "collection", "indirect"), note="his own complaint, the brand named in lower case without a tag")
    SC("cairn-indirect-cairns-quote-vs-invoice", "complaint-indirect",
       tw("liz_q_cai", "Cairns in Strathmoy quoted us £3,900 for nan's and the invoice has come in at £5,260. Nothing on it we asked for. Nobody explains anything unless you drag it out of them",
          when="2028-04-16T14:30:25Z"),
       expect(RP, "normal", "billing", "indirect"), note="the firm called 'Cairns', as people say it; her own complaint")
    SC("cairn-chatter-tv-drama-coffin", "chatter-monitor",
       tw("telly_cai", "they filmed tonight's Undertakers at the Cairn branch in Hollinsford!! the bit where the coffin slides off the trolley and all four bearers dive for it 😂 I actually screamed",
          when="2028-04-16T20:10:44Z"),
       expect(MON, "low", "arrangements", "indirect"), note="a TV drama filmed at a branch: sounds alarming, is only telly")
    SC("cairn-spam-follower-selling", "spam",
       tw("boost_cai", "Want your funeral business to look as big as Cairn? 📈 5k REAL followers for £12.99, safe, fast, no password needed. DM us now 🔥",
          when="2028-04-16T15:00:00Z"),
       expect(IGN, "low", "online", "indirect"), note="follower selling using the brand's name")
    return brand


BRANDS["cairn-funeral"] = ("CairnFuneral", 5378901245, build_cairn_funeral)
