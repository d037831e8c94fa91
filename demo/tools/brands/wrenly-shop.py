# Wrenly (Wrenly Shop): a made-up online fashion and homeware retailer (orders
# and delivery from a warehouse in Corby, free returns and refunds, sizing and
# stock, product quality and safety recalls, promo codes and gift cards, an app,
# and a loyalty club called the Nest Club). Exec'd inside make_data.py's
# namespace, so its helpers (user, tw, expect, SC, ...) are in scope.
#
# Wrenly is also a surname (Dr Wrenly, a GP), a village (Wrenly Cross, with a
# farm shop and a pub), a YouTuber with a big following ("Wrenly Plays"), and
# a wren is a bird. None of them is the retailer. The expectations below were
# written blind, from the scenario README's conventions and PRODUCT.md, not
# from what the engine does. Every post, person, place, phone number, card,
# email address and order number here is made up.


def build_wrenly_shop():
    global CURRENT_BRAND, CLOCK
    brand = Brand("wrenly-shop", SCEN_DIR / "wrenly-shop.plan.toml", "WrenlyCare", 4078901207, 1861220000000001101)
    CURRENT_BRAND, CLOCK = brand, Clock("2026-12-16T09:10:00Z")
    B = "WrenlyCare"
    user(B, "Wrenly", 4078901207,
         "Wrenly customer care, 8am–8pm every day. Track orders and start returns in the Wrenly app, or call 0808 157 0420. We'll never ask for card details here.",
         58_200, following=1500, tweets=97_000, listed=310, verified=True)

    # Customers, bystanders, namesakes, press and spammers (X ids: 10 digits, 46...)
    user("tom_okeke", "Tom Okeke", 4610238471, "Kettering. Night shifts, day naps.", 230)
    user("priya_lakhani", "Priya Lakhani", 4610349582, "Knitwear hoarder. Leicester.", 540)
    user("kayleighdunn_", "Kayleigh Dunn", 4610450693, "size 10 on a good day", 380)
    user("marnie_fox", "Marnie Fox", 4610561704, "Waiting for refunds professionally.", 290)
    user("ellie_brannigan", "Ellie Brannigan", 4610672815, "Events coordinator. Runs on oat lattes.", 760)
    user("gav_mcardle", "Gav McArdle", 4610783926, "Glasgow. Patience of a saint, allegedly.", 410)
    user("hollie_jt", "Hollie Tate", 4610894037, "Aunt of the year (self-awarded).", 330)
    user("punmaster_pete", "Pete Gorman", 4610905148, "Puns. Sorry in advance.", 1400)
    user("wingnut_walt", "Walt Ebdon", 4611016259, "Retired. Birds, bowls and bad jokes.", 520)
    user("ro_adeyemi", "Ronke Adeyemi", 4611127360, "", 270)
    user("zara_quinn", "Zara Quinn", 4611238471, "Shopaholic in recovery (not really).", 610)
    user("beatriz_lobo", "Beatriz Lobo", 4611349582, "Lisboa ➡️ Northampton.", 180)
    user("ines_carvalho", "Inês Carvalho", 4611450693, "Enfermeira. Portuguesa em Inglaterra.", 240)
    user("dee_harrow", "Dee Harrow", 4611561704, "Consumer rights nerd. Keep your receipts.", 3100)
    user("nat_oyelaran", "Nat Oyelaran", 4611672815, "Online shopping veteran.", 450)
    user("gus_whitlow", "Gus Whitlow", 4611783926, "Bad at presents, worse at receipts.", 150)
    user("laurenmaybe", "Lauren May", 4611894037, "Stalking restocks since 2019.", 690)
    user("cass_oduya", "Cass Oduya", 4611905148, "Deal hunter. Points collector.", 820)
    user("jas_mumof2", "Jas Sandhu", 4612016259, "Mum of two, fourth floor, no lift.", 360)
    user("ollie_brandt", "Ollie Brandt", 4612127360, "Returns more than he keeps.", 210)
    user("stylebyseren", "Seren Vaughan", 4612238471, "Style, styling and the odd haul ✨ Collabs: seren@seren-style.example",
         870_000, following=1100, listed=2600, verified=True)
    user("jo_malley", "Jo Malley", 4612349582, "", 120)
    user("dylan_price_", "Dylan Price", 4612450693, "Apprentice sparky.", 190)
    user("margaret_h_55", "Margaret Haines", 4612561704, "Grandma. Learning the Twitter.", 45)
    user("frank_ashdown", "Frank Ashdown", 4612672815, "Retired. Not good on hold.", 85)
    user("keith_rowntree", "Keith Rowntree", 4612783926, "Corby. Allotment and a cold house.", 140)
    user("laura_mcbride", "Laura McBride", 4612894037, "Mum to a very fast toddler.", 520)
    user("niamh_oconnell", "Niamh O'Connell", 4612905148, "Gym, gigs, antihistamines.", 610)
    user("shona_baird", "Shona Baird", 4613016259, "Mum & carer to my brave girl 💜", 890)
    user("helen_arkwright", "Helen Arkwright", 4613127360, "Teacher. One more fight to win.", 330)
    user("dazzler_91", "Daz", 4613238471, "", 60)
    user("kerry_anne_w", "Kerry-Anne W", 4613349582, "", 95)
    user("rob_fairley", "Rob Fairley", 4613450693, "Quantity surveyor. Keeps everything in writing.", 260)
    user("sunil_mehta", "Sunil Mehta", 4613561704, "New house, old sofa.", 310)
    user("gaz_thornton", "Gaz Thornton", 4613672815, "", 70)
    user("lee_dobbs", "Lee Dobbs", 4613783926, "Van driver. Short fuse, long days.", 150)
    user("WrenlySupportHQ", "Wrenly Support 💙", 4613894037, "Official help for Wrenly orders & refunds. DM or WhatsApp for fast help!", 42, following=3900)
    user("giftcard_drops", "Gift Card Drops 🎁", 4613905148, "Free gift cards every day 💸 Follow + RT to win!", 2300, following=4800)
    user("cosy_gamer_em", "Em Kavanagh", 4614016259, "Cosy games and too much tea 🌱", 2700)
    user("janet_pirie", "Janet Pirie", 4614127360, "Hollins Road. Bad back, good heart.", 110)
    user("walks_with_al", "Alan Moody", 4614238471, "Country walks and country pubs.", 1250)
    user("garden_birder_s", "Sue Latham", 4614349582, "Garden birds, mostly blurry photos.", 940)
    user("proud_dad_matt", "Matt Corrigan", 4614450693, "Dad of two poets and one goblin.", 330)
    user("RetailWireUK", "Retail Wire UK", 4614561704, "UK retail news: high street, online, supply chain.", 64_000, following=900, verified=True)
    user("MidlandsBizNews", "Midlands Business News", 4614672815, "Business news for the East and West Midlands.", 21_500, following=700, verified=True)
    user("hannah_scrolls", "Hannah Pryor", 4614783926, "Scrolling so you don't have to.", 640)
    user("auntie_pam", "Pam Whitworth", 4614894037, "Shares everything. Sorry.", 180)
    user("deal_hunter_kim", "Kim Ashworth", 4614905148, "Sales, codes, bargains. I find them so you don't have to.", 5600)
    user("mo_saleem", "Mo Saleem", 4615016259, "Bedding snob.", 230)
    user("bex_ainsworth", "Bex Ainsworth", 4615127360, "Bargain hunter. Not a patient one.", 400)
    user("alicia_reeve", "Alicia Reeve", 4615238471, "Last-minute Christmas shopper, every year.", 350)
    user("lucia_moreno_", "Lucía Moreno", 4615349582, "Sevillana en Leicester.", 210)
    user("camille_rx", "Camille Roussel", 4615450693, "Française à Manchester.", 260)
    user("jonas_becker", "Jonas Becker", 4615561704, "Student. Milton Keynes.", 170)
    user("giulia_rinaldi", "Giulia Rinaldi", 4615672815, "Italiana a Londra. Moda e caffè.", 480)
    user("femke_jansen", "Femke Jansen", 4615783926, "Nederlandse in Norwich.", 150)
    user("devsam_k", "Sam Kowalski", 4615894037, "Web developer. I view source for fun.", 1900)

    # ------------------------------------------------------------------
    # Complaints, addressed and not
    # ------------------------------------------------------------------
    tom = tw("tom_okeke", f"@{B} ordered a duvet set on the 2nd and tracking STILL says preparing for dispatch. 2 weeks. is it actually coming or not",
             when="2026-12-16T08:02:11Z")
    SC("wr-duvet-stuck-preparing", "complaint-direct", tom, expect(RP, "normal", "orders", "direct"))
    priya = tw("priya_lakhani", f"@{B} wore the merino jumper twice and the seam under the arm has split open and its bobbling everywhere. £65. not good enough tbh")
    SC("wr-jumper-seam-split", "complaint-direct", priya, expect(RP, "normal", "quality", "direct"))
    SC("wr-site-down-sale-night", "complaint-direct",
       tw("alicia_reeve", f"@{B} is the site down?? been trying for an hour, just a spinning wheel at checkout and the sale ends at midnight"),
       expect(RP, "high", "account", "direct"), note="site down for a customer on sale night: an outage, so high")
    kayleigh = tw("kayleighdunn_", "Wrenly sent me a size 16 coat instead of the 10 I ordered and now the 10 has sold out. every single time")
    SC("wr-coat-wrong-size-sold-out", "complaint-indirect", kayleigh, expect(RP, "normal", "sizing", "indirect"),
       note="bare 'Wrenly' to everyone, about her own order")
    marnie = tw("marnie_fox", "sent my return back on 28 nov. still no refund, no email, nothing. £120 just sitting in limbo #Wrenly")
    SC("wr-refund-limbo-hashtag", "complaint-indirect", marnie, expect(RP, "normal", "returns", "indirect"),
       note="the brand only as a hashtag at the end")
    SC("wr-worst-monday-cancelled", "complaint-in-passing",
       tw("ellie_brannigan", f"monday so far: missed the bus, spilled coffee on my only clean shirt, and @{B} have cancelled my order for the party dress I need on saturday without telling me why. love that for me"),
       expect(RP, "normal", "orders", "indirect"))
    gav = tw("gav_mcardle", "Wrenly next day delivery is so quick it turns up the following week. truly ahead of its time 👏")
    SC("wr-sarcasm-next-day-next-week", "sarcasm-customer", gav, expect(RP, "normal", "orders", "indirect"),
       known_miss="sarcasm with no failure word (\"so quick it turns up the following week\"): read as praise")
    SC("wr-sarcasm-tee-for-niece", "sarcasm-customer",
       tw("hollie_jt", f"@{B} big fan of how your 100% cotton tee went in the wash at 30 as a medium and came out ready for my 6 year old niece. magic 🪄"),
       expect(RP, "normal", "quality", "direct"), note="no complaint word at all: 'big fan' and 'magic' are sarcasm about shrinkage")

    # ------------------------------------------------------------------
    # Other people's conversations
    # ------------------------------------------------------------------
    SC("wr-bystander-wrongly", "joke-bystander",
       tw("punmaster_pete", "@kayleighdunn_ Wrenly? more like Wrongly 😂😂", reply_to=kayleigh),
       expect(IGN, "low", None, "third_party"))
    SC("wr-bystander-tiny-bird", "joke-bystander",
       tw("wingnut_walt", "@gav_mcardle well it IS called Wrenly. tiny bird, tiny wings, long way from the warehouse 🐦", reply_to=gav),
       expect(IGN, "low", None, "third_party"), note="a stranger's bird pun on the name, no laugh emoji")
    ro = tw("ro_adeyemi", "did you get anything nice in the black friday sales?")
    SC("wr-venting-bin-bag-dress", "third-party-venting",
       tw("zara_quinn", "@ro_adeyemi got a dress from wrenly that looks NOTHING like the pics 😭 the fabric is basically a bin bag. going straight back", reply_to=ro),
       expect(MON, "low", "quality", "third_party"), note="venting to a friend, brand in lower case and not tagged: don't butt in",
       known_miss="lower-case 'from wrenly' after a product is not yet read as the shop")
    beatriz = tw("beatriz_lobo", "Então, o casaco já chegou? 🧥", lang="pt")
    SC("wr-venting-pt-entrega", "third-party-venting",
       tw("ines_carvalho", "@beatriz_lobo ainda não 😤 a Wrenly diz que a entrega foi feita mas não recebi nada. já vai na terceira semana", reply_to=beatriz, lang="pt"),
       expect(MON, "low", "orders", "third_party"), note="Portuguese, venting to a friend in her thread")
    SC("wr-stranger-refund-tip", "third-party-chatter",
       tw("dee_harrow", "@marnie_fox it does come through eventually, my return took 19 days to refund. chase it in the app chat not by email, Wrenly never read the emails", reply_to=marnie),
       expect(MON, "low", "returns", "third_party"), note="a stranger's advice in a customer's thread")
    SC("wr-stranger-nominated-day", "third-party-chatter",
       tw("nat_oyelaran", "@gav_mcardle pay the extra £3 for nominated day, Wrenly standard delivery is a lottery but nominated has always turned up for me", reply_to=gav),
       expect(MON, "low", "orders", "third_party"))
    SC("wr-fake-support-whatsapp", "spam",
       tw("WrenlySupportHQ", "@marnie_fox Hi Marnie! Wrenly Support here 💙 so sorry about your refund. message us on WhatsApp +44 7700 900318 with your order no. and the card you paid with and we'll sort it today {url:https://wrenly-refunds.example/help}", reply_to=marnie),
       expect(IGN, "low", "returns", "third_party"), note="an impersonator fishing for card details; 'refund' still gives the topic")

    # ------------------------------------------------------------------
    # Threads with the brand, repeat contact
    # ------------------------------------------------------------------
    priya_brand = tw(B, "@priya_lakhani So sorry Priya, that's not what £65 should get you. I've emailed you a free returns label and we'll refund you as soon as it's scanned in, usually within 2 days.",
                     reply_to=priya, when="2026-12-16T10:58:20Z")
    SC("wr-brand-reply-jumper", "brand-own-post", priya_brand, expect(IGN, "low", "returns", "none"))
    SC("wr-priya-packaging-question", "thread-with-brand",
       tw("priya_lakhani", "thanks, printed it. does it need to go back in the original bag or is any packaging ok?", reply_to=priya_brand,
          when="2026-12-16T11:20:45Z"),
       expect(RP, "normal", ANY, "direct"), note="a follow-up question in the brand's thread, no @")
    tom_brand = tw(B, "@tom_okeke Sorry Tom, that's far too long. I've chased the warehouse and moved it to the front of the queue: it'll dispatch tomorrow and you'll get tracking by 6pm.",
                   reply_to=tom, when="2026-12-16T08:31:40Z")
    SC("wr-tom-work-instead", "thread-with-brand",
       tw("tom_okeke", "ok cheers. can it go to my work instead tho? never in during the day", reply_to=tom_brand, when="2026-12-16T08:44:05Z"),
       expect(RP, "normal", ANY, "direct"), note="no address given, so nothing private yet")
    SC("wr-tom-third-tomorrow", "repeat-contact",
       tw("tom_okeke", f"@{B} you said it would dispatch yesterday. tracking hasnt moved, still preparing. thats the third time ive been told tomorrow",
          reply_to=tom_brand, when="2026-12-18T10:12:37Z"),
       expect(RP, "high", "orders", "direct"))
    bex = tw("bex_ainsworth", f"@{B} promo code WINTER15 says invalid at checkout but your email says it's valid till sunday?", when="2026-12-17T11:05:00Z")
    bex_brand = tw(B, "@bex_ainsworth Sorry Bex, that code had a glitch this morning. I've added £10 credit to your Wrenly account instead, it'll show within the hour.",
                   reply_to=bex, when="2026-12-17T11:26:19Z")
    SC("wr-bex-credit-never-came", "repeat-contact",
       tw("bex_ainsworth", f"@{B} the £10 credit STILL isn't there and now the code has expired. so no discount and no credit. great",
          reply_to=bex_brand, when="2026-12-18T09:48:52Z"),
       expect(RP, "high", "payments", "direct"), note="back after the brand answered, problem still there")

    # ------------------------------------------------------------------
    # The brand's own posts, reposts, quotes, a question in its thread
    # ------------------------------------------------------------------
    sale = tw(B, "Winter sale starts tomorrow at 8am: up to 50% off knitwear, coats and bedding. Nest Club members get in an hour early 🐦",
              when="2026-12-16T17:00:00Z")
    SC("wr-brand-sale-announcement", "brand-own-post", sale, expect(IGN, "low", "loyalty", "none"))
    SC("wr-nest-points-on-sale", "question-in-reply-to-brand",
       tw("cass_oduya", "can I use my Nest Club points on sale stuff or is it full price only?", reply_to=sale),
       expect(RP, "normal", "loyalty", "direct"))
    SC("wr-repost-sale", "repost", tw("deal_hunter_kim", "", retweet=sale), expect(IGN, "low", "loyalty", "indirect"))
    SC("wr-quote-sale-refund", "quote",
       tw("mo_saleem", "still waiting on my refund from the LAST sale but sure, I'll set an alarm for 8am 🙃", quote=sale),
       expect(RP, "normal", "returns", "indirect"), strict=False,
       note="sarcasm about a refund, quoting the brand's post without a tag: a complaint to answer, or a jab to monitor?")

    # ------------------------------------------------------------------
    # Questions and praise
    # ------------------------------------------------------------------
    SC("wr-return-a-gift-quietly", "question",
       tw("gus_whitlow", f"@{B} can I return something I got as a gift without the person who bought it finding out? no receipt, just the packing slip"),
       expect(RP, "normal", "returns", "direct"))
    SC("wr-sage-dress-restock", "question",
       tw("laurenmaybe", f"@{B} will the ribbed midi dress in sage ever be back in stock in a size 12?? been checking since october"),
       expect(RP, "normal", "sizing", "direct"))
    SC("wr-praise-courier-stairs", "praise",
       tw("jas_mumof2", "shoutout to the Wrenly courier who waited while I ran 4 flights of stairs with a baby on my hip. absolute legend 🙌"),
       expect(RP, "low", "orders", "indirect"))
    SC("wr-praise-same-day-refund", "praise",
       tw("ollie_brandt", f"@{B} refund landed the same day you got my return back. genuinely impressed, thank you 🙏"),
       expect(RP, "low", "returns", "direct"))
    SC("wr-big-reach-stained-party-edit", "big-reach",
       tw("stylebyseren", f"Ordered the Wrenly party edit for a shoot and half of it arrived with makeup stains on the collars, one dress with the seam already split 😬 not the look @{B}"),
       expect(RP, "high", "quality", "indirect"), note="870k followers; the handle tagged at the end")

    # ------------------------------------------------------------------
    # Private details, the public helpline
    # ------------------------------------------------------------------
    SC("wr-order-number-and-email", "private-details",
       tw("jo_malley", f"@{B} order WR-20581734 still hasnt been delivered, 11 days now. my email is jo.malley84@mailbox.example if anyone can actually look into it"),
       expect(RV, "normal", "orders", "direct"))
    SC("wr-full-card-number-double-charge", "private-details",
       tw("dylan_price_", f"@{B} you've taken two payments for one order!! card 4000 0566 5566 5556, charged twice on the 12th. put one of them back please"),
       expect(RV, "normal", "payments", "direct"))
    SC("wr-dob-address-phone-nest", "private-details",
       tw("margaret_h_55", f"@{B} cant log in to Nest Club, says my date of birth doesnt match. its 14/03/1991, 22 Larch Close Corby NN17 2RP, phone 07700 900552. I've 900 points about to expire"),
       expect(RV, "normal", "loyalty", "direct"))
    SC("wr-helpline-on-hold", "public-hotline-number",
       tw("frank_ashdown", f"@{B} rang 0808 157 0420 at 9, on hold till 10:15 then it cut me off. all I want is to change the delivery address on an order that hasnt even been dispatched"),
       expect(RP, "normal", "orders", "direct"), strict=False,
       note="the number is Wrenly's own public helpline, not a private detail")

    # ------------------------------------------------------------------
    # Safety, medical needs, threats
    # ------------------------------------------------------------------
    SC("wr-oil-heater-smoking", "safety-urgent",
       tw("keith_rowntree", f"@{B} the oil filled heater I got from you last week started smoking and the plug is scorched black. it's unplugged now but is there a recall on these??"),
       expect(RP, "urgent", "safety", "direct"))
    SC("wr-pom-pom-choking", "safety-urgent",
       tw("laura_mcbride", "the pom pom on the Wrenly kids bobble hat came off in my 2 year old's mouth today, she was choking for a few seconds 😰 it's held on by one thread. that's dangerous, please check yours"),
       expect(RP, "urgent", "safety", "indirect"), note="a warning to other parents, brand not tagged")
    SC("wr-latex-waistband-question", "medical-urgent",
       tw("niamh_oconnell", f"@{B} quick q, is there latex in the waistband of the sculpt leggings? I have a proper latex allergy (epipen level) and the listing doesnt say"),
       expect(RP, "urgent", "safety", "direct"), note="a calm product question that reveals a severe allergy")
    SC("wr-fleece-onesie-oxygen", "medical-urgent",
       tw("shona_baird", f"@{B} are your kids fleece onesies tested for flammability? my daughter is on oxygen overnight and her nurse says nothing flammable near the concentrator. cant see it on the label"),
       expect(RP, "urgent", "safety", "direct"), note="a child on home oxygen and nightwear flammability")
    SC("wr-post-surgery-bra-wrong-size", "medical-urgent",
       tw("helen_arkwright", f"@{B} my post-surgery bra came in the wrong size and I have my mastectomy on friday. any chance of swapping it for a 34B before then? I need it on when I come out of hospital"),
       expect(RP, "urgent", ANY, "direct"),
       note="a post-surgical garment needed for an operation on a date: a medical need, whichever topic wins")
    SC("wr-threat-driver-bat", "threat-urgent",
       tw("dazzler_91", f"@{B} if your driver lobs my parcel over the fence ONE more time I'll be waiting for him with a bat. not joking"),
       expect(ANY, "urgent", "orders", "direct"), note="a threat against a driver, with a complaint: only the priority is strict")
    SC("wr-threat-chat-agent-shift", "threat-urgent",
       tw("kerry_anne_w", "Wrenly's live chat girl Megan hung up on me twice. I know she works out of the Corby warehouse and I know when the shifts change. she'll regret it"),
       expect(ANY, "urgent", None, "indirect"), note="a veiled threat against a named member of staff, brand not tagged")

    # ------------------------------------------------------------------
    # Legal threats, abuse
    # ------------------------------------------------------------------
    SC("wr-small-claims-seven-days", "legal-threat-not-urgent",
       tw("rob_fairley", f"@{B} 6 weeks since your warehouse signed for my return. no refund, 3 emails ignored. 7 days then I'm filing a small claims case. I have every receipt"),
       expect(RP, "high", "returns", "direct"))
    SC("wr-chargeback-trading-standards", "legal-threat-not-urgent",
       tw("sunil_mehta", "Wrenly have ignored 4 emails about a sofa cover that arrived ripped. chargeback going in with my bank today and they're getting reported to trading standards"),
       expect(RP, "high", "quality", "indirect"))
    SC("wr-abuse-promo-muppets", "abuse-with-problem",
       tw("gaz_thornton", f"@{B} your promo code doesnt work AGAIN you useless bunch of muppets. third time trying at checkout. sort it out"),
       expect(RP, "high", "payments", "direct"))
    SC("wr-abuse-app-clown-show", "abuse-with-problem",
       tw("lee_dobbs", f"@{B} what kind of clown show are you running, the app crashes every single time I try to pay. been like it all bloody day"),
       expect(RP, "high", "account", "direct"))

    # ------------------------------------------------------------------
    # Spam, namesakes, the bird, news and chatter
    # ------------------------------------------------------------------
    SC("wr-gift-card-giveaway", "spam",
       tw("giftcard_drops", f"🎁 WRENLY £500 GIFT CARD GIVEAWAY 🎁 follow + RT + click to claim yours, only 100 left!! {{url:https://wrenly-rewards.example/claim}} @{B}"),
       expect(IGN, "low", "payments", "indirect"), note="a fake giveaway; 'gift card' still gives the topic")
    SC("wr-namesake-youtuber-merch", "namesake",
       tw("cosy_gamer_em", "Wrenly Plays merch drop sold out in 20 mins 😭 pls tell me there's a restock before christmas"),
       expect(IGN, "low", ANY, "none"), note="the YouTuber's merch, not the retailer, though 'sold out' and 'restock' are sizing keywords")
    SC("wr-namesake-dr-wrenly", "namesake",
       tw("janet_pirie", "Dr Wrenly at Hollins Road surgery is the only GP who's ever actually listened to me about my back. if you're registered there ask for her 🙏"),
       expect(IGN, "low", None, "none"), note="a doctor with the surname; medical words, but not the retailer")
    SC("wr-namesake-wrenly-cross", "namesake",
       tw("walks_with_al", "Sunday roast at the Fox in Wrenly Cross and then a bag of mince pies from the farm shop. perfect day, no notes"),
       expect(IGN, "low", None, "none"), note="the village, its pub and its farm shop")
    SC("wr-common-word-garden-bird", "common-word",
       tw("garden_birder_s", "Tiny brown thing on the fence this morning, tail cocked, bobbing about very wrenly. Or is it a dunnock? birders help 🐦 #gardenbirds"),
       expect(IGN, "low", None, "none"))
    SC("wr-common-word-kids-poem", "common-word",
       tw("proud_dad_matt", "\"the robin sings robinly and the wren sings wrenly, far too loud for something so small\" - my 7yo's poem and I'm framing it"),
       expect(IGN, "low", None, "none"))
    recall = tw("RetailWireUK", "Wrenly recalls 12,000 children's hooded tops over drawstring safety fears {url:https://retailwire.example/wrenly-hoodie-recall}")
    SC("wr-news-hoodie-recall", "news-monitor", recall, expect(MON, "low", "safety", "indirect"))
    SC("wr-repost-recall-news", "repost", tw("auntie_pam", "", retweet=recall), expect(IGN, "low", "safety", "indirect"))
    SC("wr-news-corby-warehouse", "news-monitor",
       tw("MidlandsBizNews", "Wrenly Shop to close its Corby warehouse with 300 jobs at risk, union says {url:https://midlandsbiz.example/wrenly-corby}"),
       expect(MON, "low", None, "indirect"))
    SC("wr-chatter-beige-knit", "chatter-monitor",
       tw("hannah_scrolls", "is it just me or has every cosy winter haul on my feed this year come from Wrenly. the beige knit has taken over"),
       expect(MON, "low", None, "indirect"),
       known_miss="the name with no word of the plan's business nearby ('haul', 'knit' are not keywords): read as another entity")

    # ------------------------------------------------------------------
    # Other languages, hostile HTML
    # ------------------------------------------------------------------
    SC("wr-es-botas-entrega", "non-english",
       tw("lucia_moreno_", f"@{B} pedí unas botas hace tres semanas y la entrega sigue «pendiente». ¿Qué pasa con mi pedido?", lang="es"),
       expect(RP, "normal", "orders", "direct"))
    SC("wr-fr-remboursement-retour", "non-english",
       tw("camille_rx", f"@{B} toujours pas de remboursement pour mon retour du 20 novembre. Ça fait presque un mois…", lang="fr"),
       expect(RP, "normal", "returns", "direct"))
    SC("wr-de-ladegeraet-geschmolzen", "non-english",
       tw("jonas_becker", f"@{B} das Ladegerät aus eurem Shop ist heute Nacht überhitzt und am Stecker geschmolzen. Zum Glück war ich wach. Gibt es einen Rückruf?", lang="de"),
       expect(RP, "urgent", "safety", "direct"), note="a phone charger that overheated and melted: danger to people")
    SC("wr-it-taglia-giacca", "non-english",
       tw("giulia_rinaldi", f"@{B} ho ordinato una taglia 40 ma la giacca è enorme, sembra una 46. La guida alle taglie è sbagliata?", lang="it"),
       expect(RP, "normal", "sizing", "direct"))
    SC("wr-nl-kortingscode", "non-english",
       tw("femke_jansen", f"@{B} mijn kortingscode werkt niet bij het afrekenen, ik krijg steeds een foutmelding 😩", lang="nl"),
       expect(RP, "normal", "payments", "direct"))
    SC("wr-html-gift-card-page", "html-entities",
       tw("devsam_k", f"@{B} your gift card balance page just shows &lt;script&gt;alert('balance')&lt;/script&gt; &amp; nothing else. how much is left on my card?"),
       expect(RP, "normal", "payments", "direct"))
    return brand


BRANDS["wrenly-shop"] = ("WrenlyCare", 4078901207, build_wrenly_shop)
