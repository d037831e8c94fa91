//! How long the coach takes per draft: it runs on every keystroke, so a
//! check must stay far below a millisecond.
//!
//! `CARGO_TARGET_DIR=/work/target-coach cargo bench -p earshot-coach`

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use earshot_coach::{coach, CaseContext, CoachRequest, Visibility};
use earshot_core::{Action, Addressing, Network};
use std::hint::black_box;

const DRAFTS: &[(Network, &str)] = &[
    (Network::X, "Sorry for the trouble. Call 800-555-0100 for repair, 800-555-0101 for billing, 800-555-0102 for TV."),
    (Network::X, "Sorry your internet's been down since this morning, Dana — that's a long time. Our engineers are on a fault in Millbrook; we'll update you here by 3pm."),
    (Network::X, "We apologise for any inconvenience caused."),
    (Network::X, "Sorry about the double charge, Sam. We've sent you a DM."),
    (Network::X, "Sorry about the bill! What's your account number?"),
    (Network::X, "Sorry about the bill, Sam. Could you DM us your account number so we can check it?"),
    (Network::Mastodon, "@dana@mastodon.social Sorry the TV guide is blank again. Status: https://status.northwind.example/incidents/2026-11-23/tv-guide — fix expected by 6pm."),
    (Network::Bluesky, "Sorry your 📺 is playing up, Sam 😔 An engineer will call you today 👍🏽🇬🇧"),
    (Network::X, "网络断了，我们的工程师正在千禧区处理故障，下午三点前在这里更新。"),
    (Network::X, "ご不便をおかけして申し訳ございません。0120-123-456までお電話ください。"),
    (Network::X, "Lo sentimos mucho por las molestias. Llámanos al 900 123 456."),
    (Network::X, "Entschuldigung für den Ausfall in Millbrook, die Techniker sind vor Ort und melden sich bis 15 Uhr."),
    (Network::X, "Thanks Dana, I've found account 12345678 and reset the line."),
    (Network::X, "An engineer will be at 12 Elm Street by 3pm to fix the line."),
    (Network::X, "As we already said, the router needs a restart. You should have read the setup guide."),
    (Network::X, "WE ARE LOOKING AT THE OUTAGE IN MILLBROOK NOW, FIXED BY 5PM"),
    (Network::X, "Hi Priya! Sorry your parcel arrived two days late. I've refunded the delivery charge and flagged the courier; you'll see the refund within 3 working days."),
    (Network::X, "What lights do you see on the router? You can also call us on 0800 123 4567 or visit northwind.com/help."),
    (Network::Email, "Hi Dana,\n\nThanks for your patience while we looked into the outage in Millbrook. The fault was a damaged cable at the cabinet on Mill Lane; our engineers replaced it at 2:40pm and your line has been stable since. I've added a credit of £15 to your next bill for the two days without service.\n\nIf anything still isn't right, reply to this email and I'll pick it up myself.\n\nBest,\nSam, Northwind Fiber"),
    (Network::X, "Sorry the engineer didn't turn up. We'll look into it."),
];

fn bench(c: &mut Criterion) {
    let requests: Vec<CoachRequest> = DRAFTS
        .iter()
        .enumerate()
        .map(|(i, (network, text))| CoachRequest {
            network: *network,
            visibility: if *network == Network::Email {
                Visibility::Private
            } else {
                Visibility::Public
            },
            text: text.to_string(),
            case: (i % 2 == 0).then(|| CaseContext {
                action: Action::RespondPublic,
                addressed: Addressing::Direct,
                customer_text: Some(
                    "@NorthwindCares internet down again in Millbrook, third time this week. Router light is red."
                        .to_string(),
                ),
                namesake_or_joke: false,
                instance_limit: None,
            }),
        })
        .collect();
    let mut group = c.benchmark_group("coach");
    group.throughput(Throughput::Elements(requests.len() as u64));
    group.bench_function("20 drafts", |b| {
        b.iter(|| {
            for req in &requests {
                black_box(coach(black_box(req)));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
