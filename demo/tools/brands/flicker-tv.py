# Flicker: a made-up streaming service for TV, films and live sport, with monthly plans
# (Standard with ads, Standard, Premium 4K), a Sports Pass add-on, profiles and an "extra
# member" fee for sharing outside the household, parental controls and kids profiles,
# downloads, smart-TV, console, phone and tablet apps and its own streaming stick (the
# Flicker Stick), subtitles and audio description, and a fan zone with a big screen for
# big finals. Its care team is @FlickerTV, helpline 0808 157 0642.
# "Flicker" is also an everyday word (lights and laptop screens flicker, "a flicker of
# hope", "not even a flicker"), a North American woodpecker (the northern flicker), a
# surname (Dr Hannah Flicker, a cardiologist), an indie band (Flicker, album "Static
# Summer"), and a common misspelling of Flickr, the photo-sharing site: none of them is the
# streaming service.
# Written blind, from PRODUCT.md and the scenario README's conventions only. The week is
# Monday 8 to Sunday 14 February 2027: on Monday members get an email about a price rise
# from March; on Saturday Flicker shows the Cup Final (Ashby Vale v Port Carrow) live and
# exclusive, with a fan zone on Carrow Quay, and the live stream falls over at kick-off.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, show,
# team, place, account number, phone number, card number, address and email address here
# is made up. Phone numbers are from the UK drama ranges; the card number is a Luhn-valid
# test number.


def build_flicker_tv():
    global CURRENT_BRAND, CLOCK
    brand = Brand("flicker-tv", SCEN_DIR / "flicker-tv.plan.toml", "FlickerTV", 4401234538, 1861220000000004201)
    CURRENT_BRAND, CLOCK = brand, Clock("2027-02-08T05:20:00Z")
    B = "FlickerTV"
    user(B, "Flicker", 4401234538,
         "Flicker 📺 TV, films and live sport. Help team here 7am to midnight, every day. Helpline 0808 157 0642. "
         "Please never post your card or account details here.",
         184_000, following=1200, tweets=96_500, listed=610, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 9340100000 + _n[0] * 4129, bio, followers, **kw)

    person("callum_reeve_fl", "Callum Reeve", "Ashby Vale season ticket holder. Plumber. Dad of two.", 310)
    person("jo_pritchard_fl", "Jo Pritchard", "Teaching assistant. Crime dramas and crisps.", 220)
    person("dev_anand_fl", "Dev Anand", "Product manager. Runner. Too many subscriptions.", 540)
    person("megs_holloway_f", "Megan Holloway", "Nurse. Night shifts. Box sets on my days off.", 180)
    person("tariq_h_fl", "Tariq Hussain", "Taxi driver. Port Carrow till I die ⚓", 260)
    person("sue_barnett_fl", "Sue Barnett", "Retired. Grandma of five. Learning the internet.", 90)
    person("paul_okafor_fl", "Paul Okafor", "Dad of a fresher. The Bank of Dad is closed.", 150)
    person("kaylatechtalk", "Kayla Moreno", "Tech reviews, hot takes and gadgets 📱 1.4M here, more on YouTube. Business: kayla@kmstudio.example",
           1_400_000, following=900, listed=5200, verified=True)
    person("hannah_g_fl", "Hannah Greig", "Always looking for something to watch.", 340)
    person("lou_pearce_fl", "Louise Pearce", "Books, tea, and my mum's carer.", 130)
    person("rob_kinsella_fl", "Rob Kinsella", "Electrician's mate. Two cats, one sofa.", 110)
    person("nina_webb_fl", "Nina Webb", "Renting in Port Carrow. Send help.", 240)
    person("amir_haddad_fl", "Amir Haddad", "Game dev. Anime. Sleep is optional.", 620)
    person("FlickerHelpDsk", "Flicker Support Team ✅", "Official account recovery 24/7 📺 DM us for refunds and hacked accounts", 35, following=4700)
    person("jens_weber_fl", "Jens Weber", "Aus Hamburg, jetzt in Port Carrow. Ingenieur.", 170)
    person("claire_doyle_fl", "Claire Doyle", "Mum of Sam (9, epilepsy warrior 💜). Accountant.", 410)
    person("beth_armitagefl", "Beth Armitage", "Librarian. Saltmarsh superfan. Knits through the scary bits.", 760)
    person("gaz_molloy_fl", "Gary Molloy", "Scaffolder. Dad. Professional moaner.", 140)
    person("priti_shah_fl", "Priti Shah", "Frequent flyer, infrequent sleeper.", 480)
    person("marco_rossi_fl", "Marco Rossi", "Milanese a Port Carrow. Cuoco.", 200)
    person("lens_and_lakes", "Tom Ashcroft", "Landscape photographer. Lakes, fells and too many lenses 📷", 4200)
    person("kit_lam_fl", "Kit Lam", "CS student. Running on noodles.", 95)
    person("xss_imogen", "Imogen Price", "AppSec engineer. I type script tags into every search box I meet.", 2600)
    person("rach_newstart", "Rachel", "Starting again. Be kind.", 40)
    person("graham_ellis_fl", "Graham Ellis", "Son, husband, Saltmarsh fan. Dad's eyes aren't what they were.", 230)
    person("leah_byrne_fl", "Leah Byrne", "Locked out of everything, apparently.", 120)
    person("dean_fowler_fl", "Dean Fowler", "Say it to my face.", 75)
    person("sanne_dv_fl", "Sanne de Vries", "Rotterdamse in Port Carrow. Slechthorend 🦻", 190)
    person("fiona_mcrae_fl", "Fiona McRae", "Daughter, gardener, tech support for my mum.", 310)
    person("stan_hughes_fl", "Stan Hughes", "Retired sparky. Happy to help.", 150)
    person("indie_ollie_fl", "Oliver Grant", "Gigs, vinyl, bad haircuts.", 880)
    person("maisie_k_fl", "Maisie Kerr", "Bored. Entertain me.", 260)
    person("brenda_lowe_fl", "Brenda Lowe", "Retired paralegal. I read the terms so you don't have to.", 1900)
    person("growfast_fl", "GrowFast Media 📈", "Real followers, real fast. DM for packages 💯", 5200, following=5000)
    person("sophie_tran_fl", "Sophie Tran", "Mum. Nurse. Holding it together.", 430)
    person("kerry_walsh_fl", "Kerry Walsh", "Mum of Ella (11). Primary school office.", 280)
    person("tom_baines_fl", "Tom Baines", "Ex-army, hard of hearing, big on films.", 160)
    person("vale_birding", "Vale Birding", "Birds of the Carrow estuary, and wherever work sends me.", 3300)
    person("StAldhelmsHosp", "St Aldhelm's Hospital", "News from St Aldhelm's Hospital, Port Carrow. For emergencies call 999.", 18_400, verified=True)
    person("ana_sousa_fl", "Ana Sousa", "Lisboeta em Port Carrow. Designer.", 210)
    person("rosie_thorne_fl", "Rosie Thorne", "Crying at telly dramas since 1998.", 520)
    person("StreamWatchUK", "Streaming Watch UK", "News and analysis on the streaming business.", 52_000, following=900, verified=True)
    person("kemi_ade_fl", "Kemi Adeyemi", "Port Carrow ⚓ season ticket, row J.", 330)
    person("lucia_gomez_fl", "Lucía Gómez", "Sevillana en Port Carrow. Mamá de Álex.", 260)
    person("mel_dunn_fl", "Mel Dunn", "Hairdresser. Patience of a saint, almost.", 410)
    person("steve_oduya_fl", "Steve Oduya", "Quantity surveyor. I keep receipts.", 300)
    person("chainback_rec", "ChainBack Recovery 🔐", "Certified crypto & scam recovery experts. DM for a free case review.", 2100, following=4900)
    person("irene_clarke_fl", "Irene Clarke", "Retired teacher. Crosswords and Saltmarsh.", 60)
    person("jordan_tye_fl", "Jordan Tye", "Ashby Vale. Pizza. Loud.", 410)
    person("noor_ali_fl", "Noor Ali", "Daughter of a very stubborn type 1 dad.", 180)
    person("josh_kerr_fl", "Josh Kerr", "Port Carrow. Five-a-side and fried chicken.", 390)
    person("sid_pratt_fl", "Sid Pratt", "Goalkeeper, Dunmore Athletic Reserves. Sundays only.", 120)
    person("mickeyduffy9", "Mickey Duffy", "Ex-Ashby Vale and England. Pundit. Golf, badly.", 2_100_000, following=640, listed=6100, verified=True)
    person("carrow_kev_fl", "Kev Lindsay", "Port Carrow. Darts and lager.", 210)
    person("pete_mullan_fl", "Pete Mullan", "Ashby Vale through and through.", 170)
    person("barry_quips_fl", "Barry Quinn", "I say things. Some of them are funny.", 1400)
    person("sam_fenwick_fl", "Sam Fenwick", "Port Carrow. Accountant. Worrier.", 250)
    person("punny_dan_fl", "Dan Wheeler", "Puns, mostly.", 300)
    person("craig_bell_fl", "Craig Bell", "Don't @ me before coffee.", 90)
    person("abby_ng_fl", "Abby Ng", "Physio. Ashby Vale. Loud at matches.", 270)
    person("zoe_hart_fl", "Zoe Hart", "Saturday nights are sacred.", 350)
    person("ellie_frost_fl", "Ellie Frost", "Port Carrow girl. Tea, football, more tea.", 230)
    person("vale_ultra_88", "VALE TILL I DIE", "Ashby Vale. No surrender.", 640)
    person("hels_murray_fl", "Helen Murray", "Mum of three, dog of one, patience of none.", 440)
    person("CarrowEcho", "Carrow Echo", "News from Port Carrow and the Carrow estuary since 1889.", 24_000, following=700, verified=True)
    person("julien_morel_fl", "Julien Morel", "Nantais à Port Carrow. Supporter de Port Carrow depuis 2019.", 150)
    person("mark_ito_fl", "Mark Ito", "Dad, runner, gadget hoarder.", 200)
    person("lee_rudd_fl", "Lee Rudd", "", 45)
    person("worried_will_fl", "Will Chapman", "Overthinker.", 110)
    person("gemma_oakes_fl", "Gemma Oakes", "Mum of two. Seen it all.", 290)
    person("ollie_birch_fl", "Ollie Birch", "My nan's favourite grandson (allegedly).", 180)
    person("freepremiumuk", "Free Streaming UK 🎁", "Daily giveaways! Follow + RT to win 🎁🎁", 3900, following=4900)
    person("lily_m_fl", "Lily Marsh", "Starting over at 41.", 210)
    person("chloe_b_fl", "Chloe Barker", "Lily's emotional support best friend.", 300)

    # ---- Monday 8 February: the price rise email ------------------------------------------
    prices = tw(B, "We've emailed members today about new prices from 8 March: Standard plan £12.99, Premium £20.99 and the "
                   "Sports Pass £17.99 a month. Nothing changes before then, and you can switch plan or cancel any time 👉 "
                   "{url:https://flicker.example/prices}",
                when="2027-02-08T08:00:00Z")
    SC("flicker-brand-price-rise-post", "brand-own-post", prices, expect(IGN, "low", "billing", "none"))
    SC("flicker-repost-price-rise", "repost", tw("hannah_g_fl", "", retweet=prices, when="2027-02-08T08:21:37Z"),
       expect(IGN, "low", "billing", "indirect"))
    SC("flicker-q-reply-annual-plan", "question-in-reply-to-brand",
       tw("dev_anand_fl", "does the new price apply straight away if I paid for a whole year up front in January? or only when it renews?",
          reply_to=prices, when="2027-02-08T08:36:12Z"),
       expect(RP, "normal", "billing", "direct"), note="a question in reply to the brand's post, no @")
    SC("flicker-quote-premium-gym", "quote",
       tw("megs_holloway_f", "£20.99 for Premium from March. that's more than my gym, and even the gym doesn't put its price up twice in one year",
          quote=prices, when="2027-02-08T08:52:44Z"),
       expect(RP, "normal", "billing", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; a complaint about her own bill")
    SC("flicker-sarcasm-valentines-price-email", "sarcasm-customer",
       tw("jo_pritchard_fl", f"@{B} nothing says Valentine's week like an email putting my subscription price up £2 a month 'so we can keep bringing you the stories you love' 🥰 so romantic, thank you",
          when="2027-02-08T09:31:05Z"),
       expect(RP, "normal", "billing", "direct"), note="sarcastic thanks: a complaint about the price rise")
    SC("flicker-indirect-third-price-rise", "complaint-indirect",
       tw("tariq_h_fl", "Flicker putting their prices up AGAIN. £12.99 from March. Third rise in two years and I'm still sat through adverts on the plan with ads. Cancelling tonight.",
          when="2027-02-08T10:12:50Z"),
       expect(RP, "normal", "billing", "indirect"), note="names the brand without tagging it, about his own plan",
       known_miss="round 11, not met yet: priority: want \"normal\", got high; the engine read: names Flicker in a post to everyone | describes their own experience | complaint (0.45) | the problem keeps coming back | topic billing: 'price', 'prices', 'plan with ads', 'plan', 'plans', 'ads', 'cancelled', 'cancelling', an amount of money")
    SC("flicker-private-card-double-charge", "private-details",
       tw("sue_barnett_fl", f"@{B} you've charged me £10.99 twice this month on my card 4111 1111 1111 1111. account number FLK-4402918. can someone please put one of them back, I'm a pensioner",
          when="2027-02-08T11:05:23Z"),
       expect(RV, "normal", "billing", "direct"), note="a full card number and an account number in public")
    SC("flicker-question-uni-household", "question",
       tw("paul_okafor_fl", f"@{B} my daughter's at uni in Leeds and still watches on our account. Does she count as our household, or do I now have to pay for an extra member?",
          when="2027-02-08T12:30:41Z"),
       expect(RP, "normal", "account", "direct"))
    SC("flicker-big-reach-extra-member-fee", "big-reach",
       tw("kaylatechtalk", "£5.99 a month so my own mum can keep using the password I've shared with her since 2019. Flicker's new 'extra member' fee is a joke, and I'm already on Premium.",
          when="2027-02-08T13:02:16Z",
          metrics={"retweet_count": 4100, "reply_count": 2600, "like_count": 51200, "quote_count": 880}),
       expect(RP, "high", "account", "indirect"), note="1.4m followers, complaining about her own account")
    recs = tw("hannah_g_fl", "need a new series to binge, what's everyone watching at the moment?", when="2027-02-08T19:30:00Z")
    SC("flicker-venting-mum-kicked-off", "third-party-venting",
       tw("lou_pearce_fl", "@hannah_g_fl nothing on Flicker anymore 🙄 they've kicked my mum off our account because she's not in our 'household'. she lives four doors away",
          reply_to=recs, when="2027-02-08T19:44:08Z"),
       expect(MON, "low", "account", "third_party"), note="venting in a friend's thread, brand not tagged: don't butt in")
    SC("flicker-safety-stick-smoking", "safety-urgent",
       tw("rob_kinsella_fl", f"@{B} the Flicker Stick behind my telly just started smoking. burning smell, and the plastic round the plug has melted. pulled it out. how many of these are out there?? it's been plugged in all day with the kids in the room",
          when="2027-02-08T20:46:31Z"),
       expect(RP, "urgent", "safety", "direct"), note="a device smoking and melting in a family's living room: a fire risk")
    SC("flicker-common-kitchen-lights", "common-word",
       tw("nina_webb_fl", "the lights in our kitchen flicker every time the washing machine hits the spin cycle. landlord says it's 'just the wiring'. cool cool cool",
          when="2027-02-08T21:15:02Z"),
       expect(IGN, "low", None, "none"), note="lights flicker: the everyday word")

    # ---- Tuesday 9 February ---------------------------------------------------------------
    hacked = tw("amir_haddad_fl", f"@{B} someone's hacked my account. changed the email and password, there's a new profile called 'mr rogue' watching anime in Brazil, and they've upgraded me to Premium on my card. I can't log in to stop any of it",
                when="2027-02-09T07:40:18Z")
    SC("flicker-complaint-hacked-account", "complaint-direct", hacked, expect(RP, "high", "account", "direct"),
       note="a hacked account with money already taken: high")
    SC("flicker-spam-fake-support-hacked", "spam",
       tw("FlickerHelpDsk", "@amir_haddad_fl Hi Amir 👋 Flicker account recovery team here ✅ DM us your email, password and the card on the account and we'll log in and restore your profile within the hour",
          reply_to=hacked, when="2027-02-09T07:44:51Z"),
       expect(IGN, "low", "account", "third_party"),
       note="a fake support account fishing for a password and card under a real customer's post")
    hacked_brand = tw(B, "@amir_haddad_fl That's horrible, Amir, sorry. I've locked the account, signed every device out and sent a password reset link to the email that was on it before today's change. It should reach you within 10 minutes; if it doesn't, reply here and I'll DM you.",
                      reply_to=hacked, when="2027-02-09T07:58:40Z")
    SC("flicker-brand-reply-hacked", "brand-own-post", hacked_brand, expect(IGN, "low", "account", "none"))
    SC("flicker-thread-hacked-back-in", "thread-with-brand",
       tw("amir_haddad_fl", "got the link and I'm back in 🙏 they'd also put me on Premium though, £17.99 on my card. can that be refunded?",
          reply_to=hacked_brand, when="2027-02-09T08:31:09Z"),
       expect(RP, ANY, "billing", "direct"),
       note="back in the brand's thread without @, with a follow-up question; normal or high: the hacker's upgrade is money lost to fraud")
    SC("flicker-praise-chat-team-hacked", "praise",
       tw("amir_haddad_fl", "Shout out to Flicker's chat team. Account hacked at 7am, locked down, password reset and the dodgy upgrade refunded by 9. That's how you do it 👏",
          when="2027-02-09T09:40:27Z"),
       expect(RP, "low", "account", "indirect"), note="thanks to everyone, brand named without a tag")
    SC("flicker-medical-epilepsy-autoplay", "medical-urgent",
       tw("claire_doyle_fl", f"@{B} my son has photosensitive epilepsy. the trailer for Neon Drift autoplays on the home screen and it's full of strobe lights. can autoplay be switched off on his profile? and do your shows carry flashing warnings?",
          when="2027-02-09T09:15:33Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question, but about seizures in a child")
    SC("flicker-complaint-saltmarsh-gone", "complaint-direct",
       tw("beth_armitagefl", f"@{B} why has all of Saltmarsh series 1 disappeared?? series 2 starts on Sunday and the whole family was going to rewatch it this week. where has it gone?",
          when="2027-02-09T10:41:55Z"),
       expect(RP, "normal", "catalogue", "direct"))
    SC("flicker-question-downloads-flight", "question",
       tw("priti_shah_fl", f"@{B} how many downloads can I have on one iPad? 11 hour flight on Thursday and I want the whole of Saltmarsh offline",
          when="2027-02-09T11:20:14Z"),
       expect(RP, "normal", "devices", "direct"),
       known_miss="round 11, not met yet: priority: want \"normal\", got high; the engine read: addressed to @FlickerTV | complaint (0.48) | loss of service | topic devices: 'download', 'downloads', 'downloaded', 'ipad', 'offline'")
    SC("flicker-it-app-si-chiude", "non-english",
       tw("marco_rossi_fl", f"@{B} da ieri sera l'app sul televisore Samsung si chiude appena apro un episodio. Ho già provato a reinstallarla due volte. Cosa posso fare?",
          lang="it", when="2027-02-09T14:02:47Z"),
       expect(RP, "normal", "devices", "direct"), note="Italian: the smart-TV app closes as soon as an episode starts")
    SC("flicker-namesake-flickr-photostream", "namesake",
       tw("lens_and_lakes", "is flicker down again? photostream won't open and I've got 300 shots from Haweswater to upload 📷 #landscapephotography",
          when="2027-02-09T15:10:26Z"),
       expect(IGN, "low", "outage", "none"), note="Flickr, the photo site, misspelt; 'down' is an outage keyword",
       known_miss="round 11, not met yet: action: want \"ignore\", got respond_public; priority: want \"low\", got high; addressed: want \"none\", got indirect; the engine read: names Flicker in a post to everyone | describes their own experience | complaint (0.72) | loss of service | topic outage: 'down'")
    SC("flicker-common-laptop-screen", "common-word",
       tw("kit_lam_fl", "my laptop screen has started to flicker whenever I've got more than three tabs open. is it dying or is it haunted",
          when="2027-02-09T16:31:40Z"),
       expect(IGN, "low", "devices", "none"), note="a screen flickering; 'laptop' is a devices keyword")
    SC("flicker-in-passing-tuesday-saltmarsh", "complaint-in-passing",
       tw("gaz_molloy_fl", f"Tuesday so far: van failed its MOT, got soaked, boss on my back, and @{B} have taken Saltmarsh series 1 off so I can't even rewatch it before series 2 starts Sunday. cheers",
          when="2027-02-09T17:52:03Z"),
       expect(RP, "normal", "catalogue", "indirect"), note="the brand tagged in the middle of a bad day")
    SC("flicker-de-stick-funken", "safety-urgent",
       tw("jens_weber_fl", f"@{B} Mein Flicker Stick hinter dem Fernseher raucht, es riecht verbrannt und an der Steckdose gab es Funken! Hab die Sicherung rausgemacht. Ist das bei anderen auch so? Das ist gefährlich!",
          lang="de", when="2027-02-09T18:20:11Z"),
       expect(RP, "urgent", "safety", "direct"), note="German: the streaming stick smoking and sparking at the socket")
    SC("flicker-html-search-script", "html-entities",
       tw("xss_imogen", f"@{B} typing &lt;script&gt;alert(1)&lt;/script&gt; into search gives a blank page &amp; then the app crashes. separately, the iPhone app has crashed 6 times tonight on the latest version",
          when="2027-02-09T20:05:38Z"),
       expect(RP, "normal", "devices", "direct"), note="hostile HTML around a real app complaint; it arrives escaped")

    # ---- Wednesday 10 February ------------------------------------------------------------
    SC("flicker-private-email-dob", "private-details",
       tw("leah_byrne_fl", f"@{B} locked out since I changed my email. the new one is leah.byrne84@mailbox.example and my DOB is 02/11/1984 if you need to check it's me. account FLK-5521870. can't log in on anything",
          when="2027-02-10T09:20:44Z"),
       expect(RV, "normal", "account", "direct"), note="an email address, a date of birth and an account number in public")
    SC("flicker-question-audio-description", "question",
       tw("graham_ellis_fl", f"@{B} will Saltmarsh have audio description when it comes back on Sunday? my dad's partially sighted and it's the only thing he watches",
          when="2027-02-10T10:02:19Z"),
       expect(RP, "normal", "accessibility", "direct"))
    SC("flicker-legal-ofcom-mid-contract", "legal-threat-not-urgent",
       tw("brenda_lowe_fl", "Reported Flicker to Ofcom today. A price rise in the middle of my 12 month contract is not what I signed up for, and their chat just keeps saying 'it's in the terms'.",
          when="2027-02-10T11:15:36Z"),
       expect(RP, "high", "billing", "indirect"), note="a regulator complaint about her own contract: strong, not urgent")
    SC("flicker-namesake-band-gig", "namesake",
       tw("indie_ollie_fl", "Flicker at the Crescent Rooms on Friday!! 'Static Summer' has been on repeat all week, that bassline 🎸 who's coming",
          when="2027-02-10T12:02:50Z"),
       expect(IGN, "low", None, "none"), note="the indie band")
    bored = tw("maisie_k_fl", "need plans for Friday night that aren't sitting in watching telly again 😩", when="2027-02-10T12:10:00Z")
    SC("flicker-namesake-band-reply", "namesake",
       tw("indie_ollie_fl", "@maisie_k_fl come and see Flicker with us! indie band, proper loud, tickets are a tenner on the door",
          reply_to=bored, when="2027-02-10T12:24:31Z"),
       expect(IGN, "low", None, "none"), note="the band, inside a reply to a post about watching telly")
    subs = tw("fiona_mcrae_fl", "anyone know how to make subtitles bigger on a Samsung telly? mum can't read them and I've tried everything",
              when="2027-02-10T12:50:00Z")
    SC("flicker-chatter-subtitle-size", "third-party-chatter",
       tw("stan_hughes_fl", "@fiona_mcrae_fl if it's Flicker she's watching, it's under Settings &gt; Subtitles &gt; Text size. took me ages to find too",
          reply_to=subs, when="2027-02-10T13:11:27Z"),
       expect(MON, "low", "accessibility", "third_party"), note="a stranger's advice in someone else's thread")
    SC("flicker-spam-followers", "spam",
       tw("growfast_fl", f"@{B} 📈 grow your brand to 100k REAL followers in 7 days! no bots, no risk. DM us for packages 💯",
          when="2027-02-10T15:00:12Z"),
       expect(IGN, "low", None, "direct"), note="follower selling")
    SC("flicker-abuse-kids-profile-trailer", "abuse-with-problem",
       tw("dean_fowler_fl", f"@{B} what is wrong with you idiots. the kids profile autoplayed an 18-rated horror trailer to my 7 year old. she's been crying for an hour. your parental controls are a joke",
          when="2027-02-10T19:31:06Z"),
       expect(RP, "high", "parental", "direct"), note="insults, but a real failure of the parental controls")
    SC("flicker-nl-ondertiteling", "non-english",
       tw("sanne_dv_fl", f"@{B} de ondertiteling bij Saltmarsh loopt steeds twee seconden achter. Ik ben slechthorend, dus zo kan ik het niet volgen. Kunnen jullie dit oplossen?",
          lang="nl", when="2027-02-10T20:40:52Z"),
       expect(RP, "normal", "accessibility", "direct"), note="Dutch: subtitles out of sync for a hard-of-hearing viewer")
    SC("flicker-safety-ex-login", "safety-urgent",
       tw("rach_newstart", f"@{B} my ex still knows my login and a device signed in last night from near his flat. He's been following me since I left, turning up outside my work. I'm scared, this is stalking. How do I get him off the account without him finding out?",
          when="2027-02-10T22:12:29Z"),
       expect(RP, "urgent", "safety", "direct"), note="an ex-partner using the account to track her: a risk to her safety")

    # ---- Thursday 11 February -------------------------------------------------------------
    SC("flicker-common-northern-flicker", "common-word",
       tw("vale_birding", "Work trip to Ontario and there's a northern flicker hammering away at the hotel lawn this morning 🐦 a lifer! that red nape 😍",
          when="2027-02-11T08:30:14Z"),
       expect(IGN, "low", None, "none"), note="a flicker is a woodpecker")
    SC("flicker-repeat-subtitles-sync", "repeat-contact",
       tw("tom_baines_fl", f"@{B} third time asking. subtitles on the Android app are still three seconds out of sync with the dialogue. two chats and an email, and nothing. I'm hard of hearing, I can't follow a thing",
          when="2027-02-11T09:10:45Z"),
       expect(RP, "high", "accessibility", "direct"), note="the third contact about the same fault")
    SC("flicker-news-stick-investigation", "news-monitor",
       tw("StreamWatchUK", "Trading Standards close their investigation into last year's overheating Flicker streaming sticks: no further action after the 2026 recall {url:https://streamingwatch.example/flicker-stick-investigation}",
          when="2027-02-11T10:15:00Z"),
       expect(MON, "low", "devices", "indirect"), note="news about a past incident: not urgent")
    SC("flicker-namesake-dr-flicker", "namesake",
       tw("StAldhelmsHosp", "Congratulations to Dr Hannah Flicker, who joins St Aldhelm's Hospital this month as our new head of cardiology ❤️",
          when="2027-02-11T11:00:00Z"),
       expect(IGN, "low", "safety", "none"), note="a surname; 'hospital' is a safety keyword but nothing is wrong")
    SC("flicker-pt-cobraram-duas-vezes", "non-english",
       tw("ana_sousa_fl", f"@{B} cobraram-me a mensalidade duas vezes este mês no cartão. Podem devolver uma delas, por favor?",
          lang="pt", when="2027-02-11T13:32:08Z"),
       expect(RP, "normal", "billing", "direct"), note="Portuguese: charged twice, no card number given")
    SC("flicker-safety-watch-party-grooming", "safety-urgent",
       tw("kerry_walsh_fl", f"@{B} some creep in the watch party chat on a kids' cartoon asked my 11 year old for photos and to add him on Snapchat. That's grooming. I've screenshotted it all. Why is there chat with strangers on a kids profile at all??",
          when="2027-02-11T16:20:37Z"),
       expect(RP, "urgent", "safety", "direct"), note="an adult grooming a child through the app's chat",
       known_miss="round 11, not met yet: topic: want \"safety\", got parental; the engine read: addressed to @FlickerTV | complaint (0.29) | a person at risk: urgent | topic parental: 'watch party', 'cartoon', 'cartoons', 'kids profile', 'kids profiles'")
    SC("flicker-medical-seizure-episode", "medical-urgent",
       tw("sophie_tran_fl", "my daughter just had a seizure watching episode 4 of Neon Drift on Flicker. those strobe lights, and no flashing warning at the start, nothing. ambulance is on its way. please if your kids are watching it turn it off",
          when="2027-02-11T20:51:22Z"),
       expect(RP, "urgent", "safety", "indirect"), note="told to everyone, brand named without a tag: a child's seizure now")
    SC("flicker-chatter-killed-me-joke", "chatter-monitor",
       tw("rosie_thorne_fl", "Saltmarsh on Flicker just killed me. that ending?? I'm dead. someone call an ambulance 💀😭",
          when="2027-02-11T22:15:49Z"),
       expect(MON, "low", "safety", "indirect"),
       note="danger words as a joke about a show's ending: chatter, not urgent; 'killed' and 'ambulance' are safety keywords")

    # ---- Friday 12 February ---------------------------------------------------------------
    promo = tw(B, "Tomorrow 🏆 the Cup Final, Ashby Vale v Port Carrow, live and exclusive on Flicker with the Sports Pass. Build-up from 4pm, "
                  "kick-off 5.30pm. Our fan zone on Carrow Quay opens at 2 with a giant screen and free entry 🎉",
               when="2027-02-12T08:00:00Z")
    SC("flicker-brand-cup-final-promo", "brand-own-post", promo, expect(IGN, "low", "sport", "none"))
    SC("flicker-es-convulsion-neon-drift", "medical-urgent",
       tw("lucia_gomez_fl", f"@{B} anoche mi hijo Álex (8 años) tuvo una convulsión viendo el episodio 5 de Neon Drift. Luces parpadeantes todo el rato y ningún aviso de epilepsia. Seguimos en urgencias. ¿Cómo es posible?",
          lang="es", when="2027-02-12T08:10:33Z"),
       expect(RP, "urgent", "safety", "direct"), note="Spanish: a child's seizure while watching, still in A&E")
    SC("flicker-hotline-charged-twice", "public-hotline-number",
       tw("mel_dunn_fl", f"@{B} rang 0808 157 0642 this morning about being charged twice for the Sports Pass. 50 minutes on hold, then cut off. does anyone answer that line?",
          when="2027-02-12T10:30:19Z"),
       expect(RP, "normal", "billing", "direct"), strict=False, note="the brand's own helpline number is not a private detail")
    SC("flicker-q-reply-sports-pass-premium", "question-in-reply-to-brand",
       tw("kemi_ade_fl", "do I need the Sports Pass on top of my Premium plan to watch the final, or is it included? don't want to get caught out at kick-off",
          reply_to=promo, when="2027-02-12T12:21:40Z"),
       expect(RP, "normal", "billing", "direct"))
    SC("flicker-legal-small-claims-sports-pass", "legal-threat-not-urgent",
       tw("steve_oduya_fl", f"@{B} I paid £14.99 for the Sports Pass for ONE match and it buffered for 70 minutes of it. You've refused a refund twice. Letter before action sent today, next stop the small claims court.",
          when="2027-02-12T14:02:55Z"),
       expect(RP, "high", "billing", "direct"), note="a court threat: a strong complaint, not urgent")
    SC("flicker-spam-crypto-recovery", "spam",
       tw("chainback_rec", "Lost money to a fake Flicker refund scam? 💸 Our certified crypto recovery team got back £40,000 for clients last month. DM now, no fee until recovered 🔐",
          when="2027-02-12T15:30:00Z"),
       expect(IGN, "low", "billing", "indirect"), note="crypto 'recovery' spam; 'refund' is a billing keyword")
    SC("flicker-private-phone-address-remote", "private-details",
       tw("irene_clarke_fl", f"@{B} the remote that came with my Flicker Stick has stopped working. can you post a new one to 22 Heathfield Road, Port Carrow PC4 7JD? or ring me on 07700 900418, I'm in all day",
          when="2027-02-12T16:04:21Z"),
       expect(RV, "normal", "devices", "direct"), note="a home address and a phone number in public")

    # ---- Saturday 13 February: the Cup Final ----------------------------------------------
    SC("flicker-chatter-cup-final-pizza", "chatter-monitor",
       tw("jordan_tye_fl", "Cup Final on Flicker tonight, pizza's ordered, neighbours warned 🍕🍺 come on Vale!!",
          when="2027-02-13T15:00:41Z"),
       expect(MON, "low", "sport", "indirect"))
    SC("flicker-medical-insulin-fan-zone", "medical-urgent",
       tw("noor_ali_fl", f"@{B} security at the fan zone gate took my dad's bag with his insulin pen in it. He's diabetic and needs his medication at half time. They say he can have it back when we leave. who can we talk to?",
          when="2027-02-13T15:41:12Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question about a diabetic's insulin: a medical need",
       known_miss="round 11, not met yet: topic: want \"safety\", got sport; the engine read: addressed to @FlickerTV | a medical need: urgent | topic sport: 'fan zone', 'half time'")
    SC("flicker-safety-fan-zone-crush", "safety-urgent",
       tw("josh_kerr_fl", "DO NOT come down to the Flicker fan zone on Carrow Quay. it's rammed, they've shut the side exit, people are getting crushed against the barrier at the front and a girl's just fainted. stewards nowhere. someone's going to get hurt",
          when="2027-02-13T17:21:08Z"),
       expect(RP, "urgent", "safety", "indirect"), note="a crowd crush now, told to everyone, brand named without a tag")
    o1 = tw("callum_reeve_fl", f"@{B} been buffering since kick-off and now it's just a black screen. 10 minutes of the final gone. is it down for everyone or just me??",
            when="2027-02-13T17:41:26Z")
    SC("flicker-complaint-final-black-screen", "complaint-direct", o1, expect(RP, "high", "outage", "direct"),
       note="the live stream is down: an outage")
    outage = tw(B, "We know the live stream of the Cup Final is buffering or not loading for a lot of you right now. It's a fault on our side, "
                   "not your wifi. Engineers are on it and we'll update here every 15 minutes. We're so sorry, we know how much tonight matters.",
                when="2027-02-13T17:48:00Z")
    SC("flicker-brand-outage-statement", "brand-own-post", outage, expect(IGN, "low", "outage", "none"))
    SC("flicker-big-reach-pundit-buffering", "big-reach",
       tw("mickeyduffy9", f"Biggest final in twenty years and @{B} is buffering for half the country. Spinning wheel since kick-off, black screen now. Millions paid for this. Sort it out.",
          when="2027-02-13T17:50:14Z",
          metrics={"retweet_count": 9800, "reply_count": 5400, "like_count": 88000, "quote_count": 1900}),
       expect(RP, "high", "outage", "indirect"), note="2.1m followers; the handle in the middle of a post to everyone")
    SC("flicker-repost-outage-statement", "repost", tw("ellie_frost_fl", "", retweet=outage, when="2027-02-13T17:52:33Z"),
       expect(IGN, "low", "outage", "indirect"))
    o1_brand = tw(B, "@callum_reeve_fl Sorry Callum, it's a fault on our side and you're not alone. Engineers expect it back within 20 minutes. "
                     "As you're on the Sports Pass we'll refund this month's £14.99 to your card within 24 hours, no need to ask.",
                  reply_to=o1, when="2027-02-13T17:55:02Z")
    watching = tw("carrow_kev_fl", "Final's on!! who's watching where? 🍻", when="2027-02-13T17:30:00Z")
    frozen = tw("pete_mullan_fl", "@carrow_kev_fl not at mine, Flicker has frozen four times already and it's been buffering since kick-off. might come to yours",
                reply_to=watching, when="2027-02-13T17:56:47Z")
    SC("flicker-venting-final-frozen", "third-party-venting", frozen, expect(MON, "low", "outage", "third_party"),
       note="venting in a friend's thread, brand not tagged")
    SC("flicker-joke-literally-a-warning", "joke-bystander",
       tw("barry_quips_fl", "@pete_mullan_fl @carrow_kev_fl should've known from the name, mate. 'Flicker' was never a promise, it was a warning 💡",
          reply_to=frozen, when="2027-02-13T18:03:19Z"),
       expect(IGN, "low", None, "third_party"), note="a bystander's pun on the brand's name in someone else's thread",
       known_miss="round 11, not met yet: action: want \"ignore\", got monitor; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in")
    slideshow = tw("sam_fenwick_fl", "Flicker has been buffering and freezing through the whole first half of the final. Paid £14.99 to watch a slideshow.",
                   when="2027-02-13T18:20:55Z")
    SC("flicker-indirect-first-half-slideshow", "complaint-indirect", slideshow, expect(RP, "high", "outage", "indirect"),
       note="names the brand without tagging it, during the outage",
       known_miss="round 11, not met yet: action: want \"respond_public\", got monitor; priority: want \"high\", got low; the engine read: names Flicker in a post to everyone | general chatter about the brand | topic outage: 'buffer', 'buffering', 'buffered', 'freezing'")
    SC("flicker-joke-what-did-you-expect", "joke-bystander",
       tw("punny_dan_fl", "@sam_fenwick_fl mate it's called Flicker, what did you expect, smooth? 😂",
          reply_to=slideshow, when="2027-02-13T18:27:31Z"),
       expect(IGN, "low", None, "third_party"), note="a pun on the name by someone who isn't the customer")
    SC("flicker-abuse-potato-4k", "abuse-with-problem",
       tw("craig_bell_fl", f"@{B} you useless bunch of clowns. '4K' my arse, the picture is so pixelated and blurry I can't tell which team is which in the biggest match of the year. sort your servers out",
          when="2027-02-13T18:10:44Z"),
       expect(RP, "high", "outage", "direct"), note="rude, but a real problem during the outage")
    SC("flicker-medical-collapsed-fan-zone", "medical-urgent",
       tw("abby_ng_fl", f"@{B} a man has collapsed near the big screen at your fan zone and he's not breathing. people are doing CPR. we can't find a first aider or a steward with a radio. WHERE ARE YOUR MEDICS",
          when="2027-02-13T18:15:09Z"),
       expect(RP, "urgent", "safety", "direct"), note="a man not breathing at the brand's event, right now")
    SC("flicker-sarcasm-spinning-wheel", "sarcasm-customer",
       tw("zoe_hart_fl", f"worth every penny 👏 nothing beats 45 minutes of a buffering spinning wheel on a Saturday night. thanks @{B}",
          when="2027-02-13T18:26:02Z"),
       expect(RP, "high", "outage", "indirect"), note="sarcastic thanks during the outage: a complaint about an outage",
       known_miss="round 11, not met yet: priority: want \"high\", got low; the engine read: tags @FlickerTV in a post to everyone | praise: thank them | topic outage: 'buffer', 'buffering', 'buffered', 'spinning wheel', 'spinning'")
    SC("flicker-quote-every-15-minutes", "quote",
       tw("ellie_frost_fl", "'we'll update here every 15 minutes'. it's been 50 minutes since you said that, still buffering, still a black screen",
          quote=outage, when="2027-02-13T18:38:26Z"),
       expect(RP, "high", "outage", "indirect"), strict=False,
       note="quotes the brand's outage post without tagging it; the outage is still on")
    SC("flicker-thread-back-for-extra-time", "thread-with-brand",
       tw("callum_reeve_fl", "it's back!! just in time for extra time. cheers for the quick reply 🙌",
          reply_to=o1_brand, when="2027-02-13T19:21:37Z"),
       expect(RP, "low", "sport", "direct"), note="thanks in the brand's thread without @; the problem is fixed")
    SC("flicker-threat-commentator-hotel", "threat-urgent",
       tw("vale_ultra_88", "Mottram on Flicker blaming our keeper for the penalty all night. I know which hotel the commentary team are in. he won't be commentating on another match after tonight, I'll make sure of it.",
          when="2027-02-13T20:06:50Z"),
       expect(ANY, "urgent", "sport", "indirect"), note="a threat against the brand's commentator: only the priority is strict")
    SC("flicker-in-passing-radio-penalties", "complaint-in-passing",
       tw("hels_murray_fl", f"what a night. chippy got our order wrong, the dog was sick on the rug, and @{B} died at 1-1 in extra time so we listened to the penalties on the radio like it's 1974",
          when="2027-02-13T20:31:15Z"),
       expect(RP, "high", "sport", "indirect"),
       note="the brand tagged in passing; the stream failing during the final is an outage, so high",
       known_miss="round 11, not met yet: priority: want \"high\", got normal; the engine read: tags @FlickerTV in a post to everyone | describes their own experience | complaint (0.80) | topic sport: 'extra time', 'penalty', 'penalties'")

    # ---- Sunday 14 February ---------------------------------------------------------------
    SC("flicker-news-final-outage", "news-monitor",
       tw("CarrowEcho", "Flicker says sorry after Cup Final outage: thousands of viewers saw buffering and black screens for up to 40 minutes {url:https://carrowecho.example/news/flicker-cup-final-outage}",
          when="2027-02-14T08:00:00Z"),
       expect(MON, "low", "outage", "indirect"))
    SC("flicker-question-stick-hot-scare-over", "question",
       tw("mark_ito_fl", f"@{B} bit of a scare during the final last night, the Flicker Stick got really hot and the telly switched itself off. unplugged it, let it cool down, all fine this morning. is it ok to keep using it?",
          when="2027-02-14T09:30:48Z"),
       expect(RP, "normal", "devices", "direct"), note="a scare that is over and fine: an ordinary question, not urgent",
       known_miss="round 11, not met yet: priority: want \"normal\", got high; topic: want \"devices\", got sport; the engine read: addressed to @FlickerTV | complaint (0.73) | loss of service | topic sport: 'final', 'finale'")
    SC("flicker-fr-threat-agent", "threat-urgent",
       tw("julien_morel_fl", f"@{B} trois coupures et un écran figé pendant toute la finale. Votre agent m'a raccroché au nez deux fois. Je sais où sont vos bureaux à Dock Street, la prochaine fois je viens le chercher à la sortie et il va le regretter.",
          lang="fr", when="2027-02-14T10:02:36Z"),
       expect(ANY, "urgent", "outage", "direct"), note="French: a threat against a chat agent with a complaint: only the priority is strict")
    SC("flicker-threat-agent-kieran", "threat-urgent",
       tw("lee_rudd_fl", f"@{B} 3 hours on hold about my Sports Pass refund, then your agent Kieran cut me off. I know your office is on Dock Street. I'll be waiting outside for him when he finishes tonight. see how brave he is then",
          when="2027-02-14T11:00:27Z"),
       expect(ANY, "urgent", "billing", "direct"), note="a threat against a named member of staff with a complaint: only the priority is strict")
    asks = tw("worried_will_fl", "does anyone know if Flicker will actually refund the Sports Pass for last night or is that wishful thinking", when="2027-02-14T11:40:00Z")
    SC("flicker-chatter-refund-reassure", "third-party-chatter",
       tw("gemma_oakes_fl", "@worried_will_fl Flicker refunded me within a day last time the stream died, give them till Monday x",
          reply_to=asks, when="2027-02-14T12:02:18Z"),
       expect(MON, "low", "billing", "third_party"), note="reassurance in someone else's thread")
    SC("flicker-html-spam-free-premium", "html-entities",
       tw("freepremiumuk", "&lt;b&gt;FREE Flicker Premium for 12 months&lt;/b&gt; 🎁 just enter your card details &amp; claim before midnight 👉 {url:https://flicker-free-premium.example/claim}",
          when="2027-02-14T13:00:00Z"),
       expect(IGN, "low", "billing", "indirect"), note="a fake giveaway with markup, delivered escaped")
    SC("flicker-hotline-praise-nan-subtitles", "public-hotline-number",
       tw("ollie_birch_fl", "whoever picked up Flicker's 0808 157 0642 line at 11pm last night: thank you for spending 20 minutes talking my nan through turning the subtitles on and making them bigger 💛",
          when="2027-02-14T14:15:52Z"),
       expect(RP, "low", "accessibility", "indirect"), strict=False, note="praise quoting the brand's own number: not a private detail")
    SC("flicker-common-flicker-of-hope", "common-word",
       tw("sid_pratt_fl", "a flicker of hope when we pulled one back in the 80th minute, then the referee gave them a penalty in stoppage time. Sunday league heartbreak, every single week",
          when="2027-02-14T13:35:10Z"),
       expect(IGN, "low", "sport", "none"), note="'a flicker of hope' in a post about his own football team, full of sport keywords")
    date = tw("lily_m_fl", "first date since the divorce tonight. he was nice. just... nothing. no chemistry at all", when="2027-02-14T22:40:00Z")
    SC("flicker-common-not-even-a-flicker", "common-word",
       tw("chloe_b_fl", "@lily_m_fl not even a flicker? 😬 next!",
          reply_to=date, when="2027-02-14T22:47:13Z"),
       expect(IGN, "low", None, "none"), note="the everyday word, inside a friend's reply on Valentine's night")
    SC("flicker-repeat-no-refund-26-hours", "repeat-contact",
       tw("callum_reeve_fl", "that's 26 hours now and no refund on my card. you said no need to ask, so I'm asking",
          reply_to=o1_brand, when="2027-02-14T20:02:41Z"),
       expect(RP, "high", "billing", "direct"), note="back in the brand's thread: the promised refund hasn't come")
    SC("flicker-praise-audio-description-dad", "praise",
       tw("graham_ellis_fl", f"@{B} my dad, who's partially sighted, followed every scene of Saltmarsh tonight thanks to the audio description. first time in years he hasn't had to ask me what's going on. thank you ❤️",
          when="2027-02-14T21:05:19Z"),
       expect(RP, "low", "accessibility", "direct"))
    return brand


BRANDS["flicker-tv"] = ("FlickerTV", 4401234538, build_flicker_tv)
