// earshot's browser checks: a real Chromium against a running desk.
//
//   node tests/browser/run.mjs BASE_URL
//
// Started by crates/earshot-server/tests/browser.rs, which runs the real
// server on a random port over a fresh SQLite file, seeds it, and passes:
//   EARSHOT_TOKEN       an API token (for posting mentions to the webhook)
//   EARSHOT_AGENT       "user:password" of an agent
//   EARSHOT_AGENT2      "user:password" of a second agent
//   EARSHOT_LEAD        "user:password" of a team lead
//   EARSHOT_XSS_CASE    id of the case whose post is `<img src=x onerror=alert(1)>`
//   EARSHOT_XSS_TEXT    that text
//   EARSHOT_PLAIN_CASE  id of an open, unassigned complaint
//   EARSHOT_AMBER_CASE  id of a case inside the last fifth of its deadline
//   EARSHOT_LATE_CASE   id of a case past its deadline, already escalated
//   EARSHOT_FAILED_CASE id of a case with one public reply that failed for good
//   EARSHOT_ARTIFACTS   where screenshots go (default: artifacts/ at the repo root)
//   EARSHOT_CHROMIUM    the browser (default /usr/bin/chromium)
// Prints one line per check and closes with "N passed, M failed"; exits 1
// if any check failed.

import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const base = (process.argv[2] || '').replace(/\/$/, '');
if (!base.startsWith('http')) {
  console.error('usage: node run.mjs BASE_URL');
  process.exit(2);
}
const env = process.env;
const need = (name) => {
  const v = env[name];
  if (!v) { console.error(`missing environment variable ${name}`); process.exit(2); }
  return v;
};
const token = need('EARSHOT_TOKEN');
const [agentUser, agentPassword] = need('EARSHOT_AGENT').split(':');
const [agent2User, agent2Password] = need('EARSHOT_AGENT2').split(':');
const [leadUser, leadPassword] = need('EARSHOT_LEAD').split(':');
const xssCase = need('EARSHOT_XSS_CASE');
const xssText = need('EARSHOT_XSS_TEXT');
const plainCase = need('EARSHOT_PLAIN_CASE');
const amberCase = need('EARSHOT_AMBER_CASE');
const lateCase = need('EARSHOT_LATE_CASE');
const failedCase = need('EARSHOT_FAILED_CASE');
const artifacts = resolve(env.EARSHOT_ARTIFACTS || join(here, '..', '..', 'artifacts'));
mkdirSync(artifacts, { recursive: true });

const WAIT = 5000;
let passed = 0;
let failed = 0;
const pages = new Set();

async function check(name, fn) {
  const started = Date.now();
  try {
    await fn();
    passed += 1;
    console.log(`ok - ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    failed += 1;
    console.log(`not ok - ${name}\n    ${String(e && e.stack || e).split('\n').join('\n    ')}`);
    const slug = name.replace(/[^a-z0-9]+/gi, '-').toLowerCase().slice(0, 60);
    for (const p of pages) {
      try { await p.screenshot({ path: join(artifacts, `failed-${slug}-${[...pages].indexOf(p)}.png`), fullPage: true }); } catch (_) { /* closed */ }
    }
  }
}

const browser = await chromium.launch({
  executablePath: env.EARSHOT_CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'],
});

async function newAgentPage(viewport) {
  const context = await browser.newContext({ viewport: viewport || { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT);
  const dialogs = [];
  page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  page.on('pageerror', (e) => console.log(`    page error: ${e.message}`));
  page.dialogs = dialogs;
  pages.add(page);
  return page;
}

async function login(page, user, password) {
  await page.goto(base + '/login');
  await page.fill('input[name="username"]', user);
  await page.fill('input[name="password"]', password);
  await Promise.all([
    page.waitForURL((u) => u.pathname === '/'),
    page.click('button[type="submit"]'),
  ]);
}

async function postMention(mention) {
  const res = await fetch(base + '/api/v1/mentions', {
    method: 'POST',
    headers: { 'Authorization': 'Bearer ' + token, 'Content-Type': 'application/json' },
    body: JSON.stringify(mention),
  });
  const raw = await res.text();
  assert.equal(res.status, 202, `webhook answered ${res.status}: ${raw}`);
  const body = JSON.parse(raw);
  assert.ok(body.case_ids.length > 0, 'the mention opened a case: ' + JSON.stringify(body));
  return body.case_ids[0];
}

const text = async (page, sel) => (await page.textContent(sel)) || '';
const GOOD_REPLY = 'Sorry the broadband dropped out. Is the light on the hub red or off? ' +
  "We're checking the line in your area now and will reply here within 30 minutes.";

let dana;
let liveCase;

await check('an unauthenticated visit is sent to the login form', async () => {
  const page = await newAgentPage();
  await page.goto(base + '/');
  assert.equal(new URL(page.url()).pathname, '/login');
  assert.ok(await page.$('input[name="username"]'));
  assert.ok(await page.$('input[name="password"][type="password"]'));
  await page.fill('input[name="username"]', agentUser);
  await page.fill('input[name="password"]', 'not the password');
  await page.click('button[type="submit"]');
  await page.waitForSelector('.form-error');
  assert.match(await text(page, '.form-error'), /Wrong username or password/);
  await page.context().close();
  pages.delete(page);
});

await check('an agent signs in and sees the inbox, the user menu and a live connection', async () => {
  dana = await newAgentPage();
  await login(dana, agentUser, agentPassword);
  await dana.waitForSelector(`[data-case-id="${plainCase}"]`);
  assert.equal((await text(dana, '[data-username]')).trim(), agentUser);
  assert.equal((await text(dana, '[data-role]')).trim(), 'agent');
  await dana.waitForSelector('#live-status[data-state="live"]');
  // Countdowns run.
  const due = await text(dana, `[data-case-id="${plainCase}"] .countdown`);
  assert.match(due, /left|breached|answered/);
});

await check('a new case appears in the open inbox without a reload', async () => {
  const marker = await dana.evaluate(() => { window.__sameDocument = true; return true; });
  assert.ok(marker);
  liveCase = await postMention({
    network: 'x',
    id: '1955000000000000001',
    text: '@NorthwindCares my internet is down since 7am and the modem light is blinking red',
    author: { id: '7001', handle: 'rowan_k', name: 'Rowan Kettle', bio: 'Home worker' },
  });
  const stored = Date.now();
  await dana.waitForSelector(`[data-case-id="${liveCase}"]`, { timeout: WAIT });
  // The budget is 1 s; reported, not asserted (timing is for benchmarks).
  console.log(`    new case in the open inbox ${Date.now() - stored} ms after the webhook stored it`);
  assert.equal(await dana.evaluate(() => window.__sameDocument), true, 'no reload happened');
  const row = `[data-case-id="${liveCase}"]`;
  assert.match(await text(dana, row), /Rowan Kettle/);
  await dana.waitForTimeout(1100); // let a countdown tick
  await dana.evaluate(() => window.scrollTo(0, 0));
  await dana.screenshot({ path: join(artifacts, 'inbox.png'), fullPage: true });
});

await check('keys: ? lists the shortcuts, / searches, j selects, a takes, Enter opens', async () => {
  await dana.keyboard.press('?');
  await dana.waitForSelector('dialog#keys[open]');
  await dana.keyboard.press('Escape');
  await dana.waitForSelector('dialog#keys:not([open])', { state: 'attached' });
  await dana.keyboard.press('/');
  assert.equal(await dana.evaluate(() => document.activeElement && document.activeElement.id), 'search');
  await dana.keyboard.press('Escape');
  await dana.keyboard.press('j');
  assert.ok(await dana.getAttribute('tr.selected', 'data-case-id'), 'a row is selected');
  // Move down past cases someone already has (the escalated one is the lead's).
  for (let i = 0; i < 5 && (await text(dana, 'tr.selected .c-who')).trim() !== '—'; i += 1) {
    await dana.keyboard.press('j');
  }
  const selected = await dana.getAttribute('tr.selected', 'data-case-id');
  // a: take the selected case, right from the inbox.
  await dana.keyboard.press('a');
  await dana.waitForFunction(
    ([id, who]) => (document.querySelector(`tr[data-case-id="${id}"] .c-who`) || {}).textContent === who,
    [selected, agentUser]);
  assert.equal(await dana.getAttribute('tr.selected', 'data-case-id'), selected, 'the selection survives the refresh');
  await Promise.all([
    dana.waitForURL((u) => u.pathname === `/cases/${selected}`),
    dana.keyboard.press('Enter'),
  ]);
  assert.ok(await dana.$('textarea[name="body"]'), 'the reply box');
});

await check('the coach flags a deflection-only draft, blocks it, and the fixed reply is sent', async () => {
  await dana.goto(`${base}/cases/${plainCase}`);
  await dana.fill('textarea[name="body"]', 'Please call 0800 123 4567.');
  const finding = await dana.waitForSelector('[data-finding="deflection_only"]');
  assert.equal(await finding.getAttribute('data-severity'), 'error');
  assert.match(await finding.textContent(), /elsewhere/);
  assert.match(await text(dana, '#coach-summary'), /\d+ \/ \d+/);
  await dana.click('#send');
  await dana.waitForFunction(() => /coach found/.test(document.querySelector('#send-status').textContent));
  assert.ok(await dana.isVisible('#override-wrap'), 'the "send anyway" box is offered');
  assert.equal(await dana.$$eval('#case-timeline .entry-outbound', (e) => e.length), 0, 'nothing was sent');

  await dana.fill('textarea[name="body"]', GOOD_REPLY);
  await dana.waitForSelector('[data-finding="deflection_only"]', { state: 'detached' });
  await dana.click('#send');
  const sent = await dana.waitForSelector('#case-timeline .entry-outbound');
  assert.match(await sent.textContent(), /within 30 minutes/);
  assert.match(await sent.textContent(), /queued/);
  assert.equal(await dana.inputValue('textarea[name="body"]'), '', 'the box is cleared');
  await dana.evaluate(() => window.scrollTo(0, 0));
  await dana.screenshot({ path: join(artifacts, 'case.png'), fullPage: true });
});

let sam;
await check('two agents on one case see each other, and sending over a typing colleague needs a confirm', async () => {
  sam = await newAgentPage();
  await login(sam, agent2User, agent2Password);
  await dana.goto(`${base}/cases/${liveCase}`);
  await sam.goto(`${base}/cases/${liveCase}`);
  await dana.waitForSelector('#presence .viewer', { timeout: WAIT });
  assert.match(await text(dana, '#presence'), new RegExp(agent2User));
  await sam.waitForSelector('#presence .viewer');
  assert.match(await text(sam, '#presence'), new RegExp(agentUser));

  await sam.click('textarea[name="body"]');
  await sam.keyboard.type('Hi Rowan, ', { delay: 20 });
  await dana.waitForSelector('#presence .viewer.typing');
  await dana.waitForSelector('#typing-warning:not([hidden])');
  assert.match(await text(dana, '#typing-warning'), new RegExp(`${agent2User} is typing`));

  await dana.fill('textarea[name="body"]', GOOD_REPLY);
  await dana.click('#send');
  await dana.waitForSelector('#collision:not([hidden])');
  assert.match(await text(dana, '#collision-msg'), new RegExp(`${agent2User} is typing`));
  assert.equal(await dana.$$eval('#case-timeline .entry-outbound', (e) => e.length), 0);
  await dana.click('#collision-confirm');
  await dana.waitForSelector('#case-timeline .entry-outbound');
  // Sam's page shows Dana's reply without a reload.
  await sam.waitForSelector('#case-timeline .entry-outbound');
  await dana.evaluate(() => window.scrollTo(0, 0));
  await dana.screenshot({ path: join(artifacts, 'case-presence.png'), fullPage: true });
});

await check("a second agent's reply to the same customer within a minute needs a confirm", async () => {
  await sam.fill('textarea[name="body"]', "Rowan, we can see a fault on your street's cabinet; an engineer is on the way and we expect it fixed by 1pm. We'll update you here.");
  await sam.click('#send');
  await sam.waitForSelector('#collision:not([hidden])');
  assert.match(await text(sam, '#collision-msg'), new RegExp(`${agentUser} replied to this customer`));
  await sam.click('#collision-cancel');
  assert.match(await text(sam, '#send-status'), /Not sent/);
  await sam.click('#send');
  await sam.waitForSelector('#collision:not([hidden])');
  await sam.click('#collision-confirm');
  await sam.waitForFunction(() => document.querySelectorAll('#case-timeline .entry-outbound').length === 2);
});

await check("an agent cannot take a colleague's case (only a lead can)", async () => {
  // Dana's page has caught up with Sam's reply (a stale page is refused,
  // which the expired-session and stale-version checks cover elsewhere).
  const samVersion = await sam.getAttribute('#case-header', 'data-version');
  await dana.waitForFunction((v) => document.querySelector('#case-header').dataset.version === v, samVersion);
  await dana.evaluate(() => document.activeElement && document.activeElement.blur());
  await dana.keyboard.press('a');
  await dana.waitForFunction(() => /dana/.test(document.querySelector('#assignee-name').textContent));
  // Sam's header follows live; taking it from Dana is refused.
  await sam.waitForFunction(() => /dana/.test(document.querySelector('#assignee-name').textContent));
  await sam.click('button[data-action="assign"][data-to="me"]');
  await sam.waitForFunction(() => /team lead/.test(document.querySelector('#toast').textContent));
  assert.ok(await sam.isVisible('#toast'));
  assert.match(await text(sam, '#assignee-name'), new RegExp(agentUser));
});

await check("the inbox shows who is on each case, live, and a lead reassigns from the case view", async () => {
  const lead = await newAgentPage();
  await login(lead, leadUser, leadPassword);
  assert.equal((await text(lead, '[data-role]')).trim(), 'lead');
  // Sam is on the live case (rendered from the presence board)...
  await lead.waitForSelector(`[data-viewers-for="${liveCase}"]`);
  assert.match(await text(lead, `[data-viewers-for="${liveCase}"]`), new RegExp(agent2User));
  // ...and Dana arriving on the plain case shows up without a reload.
  await dana.goto(`${base}/cases/${plainCase}`);
  await lead.waitForFunction(
    ([id, who]) => (document.querySelector(`[data-viewers-for="${id}"]`) || {}).textContent.includes(who),
    [plainCase, agentUser]);
  await lead.goto(`${base}/cases/${liveCase}`);
  await lead.selectOption('select[data-action="reassign"]', { label: `${agent2User} (agent)` });
  await lead.waitForFunction((who) => document.querySelector('#assignee-name').textContent.includes(who), agent2User);
  assert.match(await text(lead, '#case-timeline'), new RegExp(`${leadUser} assigned the case to ${agent2User}`));
  await lead.context().close();
  pages.delete(lead);
});

await check('a post written as HTML is shown as text, and runs nothing', async () => {
  await dana.goto(`${base}/cases/${xssCase}`);
  const body = await dana.textContent('#case-timeline .entry-inbound .post-text');
  assert.equal(body.trim(), xssText);
  assert.equal(await dana.$('img[src="x"]'), null, 'no <img> was made from the post');
  assert.match(await text(dana, '#case-title'), /<b onmouseover=alert\(2\)>Mallory<\/b>/);
  assert.match(await text(dana, '.contact .bio'), /<script>alert\(3\)<\/script>/);
  await dana.goto(`${base}/`);
  const summary = await dana.textContent(`[data-case-id="${xssCase}"] .summary`);
  assert.equal(summary.trim(), xssText);
  await dana.waitForTimeout(300);
  assert.deepEqual(dana.dialogs, [], 'no dialog fired');
  assert.equal(await dana.$('img[src="x"]'), null);
});

await check('the desk fits a narrow window', async () => {
  const phone = await newAgentPage({ width: 390, height: 844 });
  await login(phone, agent2User, agent2Password);
  const fits = () => document.documentElement.scrollWidth <= window.innerWidth + 1;
  assert.ok(await phone.evaluate(fits), 'inbox has no sideways scroll');
  await phone.screenshot({ path: join(artifacts, 'inbox-narrow.png'), fullPage: true });
  await phone.goto(`${base}/cases/${plainCase}`);
  assert.ok(await phone.evaluate(fits), 'case view has no sideways scroll');
  await phone.screenshot({ path: join(artifacts, 'case-narrow.png'), fullPage: true });
  await phone.context().close();
  pages.delete(phone);
});

await check('tabs of one browser share one event stream, and another tab takes over when it closes', async () => {
  const first = await newAgentPage();
  await login(first, leadUser, leadPassword);
  await first.waitForSelector('#live-status[data-state="live"]');
  const second = await first.context().newPage();
  second.setDefaultTimeout(WAIT);
  pages.add(second);
  await second.goto(base + '/');
  await second.waitForSelector('#live-status[data-state="live"]');
  const one = await postMention({
    network: 'mastodon',
    id: 'https://social.example/@ines/1130001',
    text: '@northwind@example.social router down since lunch, all lights off',
    author: { id: 'https://social.example/users/ines', handle: 'ines@social.example', name: 'Ines Aldana' },
  });
  await first.waitForSelector(`[data-case-id="${one}"]`);
  await second.waitForSelector(`[data-case-id="${one}"]`);
  // Only one tab holds the stream.
  const held = await second.evaluate(async () => (await navigator.locks.query()).held.length);
  assert.equal(held, 1);
  await first.close();
  pages.delete(first);
  const two = await postMention({
    network: 'mastodon',
    id: 'https://social.example/@oli/1130002',
    text: '@northwind@example.social internet down here too, modem flashing',
    author: { id: 'https://social.example/users/oli', handle: 'oli@social.example', name: 'Oli Brandt' },
  });
  await second.waitForSelector(`[data-case-id="${two}"]`);
  await second.context().close();
  pages.delete(second);
});

await check('an expired session gets a clear message, and the draft survives signing in again', async () => {
  await dana.goto(`${base}/cases/${plainCase}`);
  const draft = 'Thanks Holly, one more question: does the hub light blink or stay red?';
  await dana.fill('textarea[name="body"]', draft);
  await dana.waitForTimeout(400); // the draft is saved as typed
  await dana.context().clearCookies();
  await dana.click('button[data-action="status"][data-status="pending"]');
  await dana.waitForSelector('#toast:not([hidden])');
  assert.match(await text(dana, '#toast'), /session has expired/);
  await dana.goto(`${base}/cases/${plainCase}`);
  assert.equal(new URL(dana.url()).pathname, '/login');
  await dana.fill('input[name="username"]', agentUser);
  await dana.fill('input[name="password"]', agentPassword);
  await Promise.all([
    dana.waitForURL((u) => u.pathname === `/cases/${plainCase}`),
    dana.click('button[type="submit"]'),
  ]);
  assert.equal(await dana.inputValue('textarea[name="body"]'), draft);
});

await check('move to private: p opens the form, both halves are sent, and resolving offers a public closing line', async () => {
  const page = await newAgentPage();
  await login(page, agentUser, agentPassword);
  const id = await postMention({
    network: 'x',
    id: '1955000000000000077',
    text: '@NorthwindCares I was charged twice for broadband this month, sort it out',
    author: { id: '7077', handle: 'ines_b', name: 'Ines Barros', bio: 'Teacher' },
  });
  await page.goto(`${base}/cases/${id}`);
  await page.keyboard.press('p');
  await page.waitForSelector('#move-private', { state: 'visible' });
  assert.equal(await page.evaluate(() => document.activeElement.id), 'mp-public', 'the pointer box has the focus');
  assert.match(await page.inputValue('#mp-public'), /DM/);
  assert.match(await page.inputValue('#mp-private'), /account number/);
  assert.match(await text(page, '#move-private .guidance'), /\S/, 'the plan\'s hand-off guidance is shown');
  // A pointer that deflects only is flagged by the coach as the agent types.
  await page.fill('#mp-public', 'Please call 0800 123 4567.');
  await page.waitForSelector('#mp-public-coach [data-finding="deflection_only"]');
  await page.fill('#mp-public', "Sorry about this, Ines. We've sent you a DM so we can look at the bill safely; we'll reply there within the hour.");
  await page.waitForSelector('#mp-public-coach [data-finding="deflection_only"]', { state: 'detached' });
  await page.click('#mp-send');
  await page.waitForSelector('#move-private', { state: 'hidden' });
  await page.waitForFunction(() => document.querySelectorAll('#case-timeline .entry-outbound').length === 2);
  const channels = await page.$$eval('#case-timeline .entry-outbound .channel', (e) => e.map((x) => x.textContent));
  assert.deepEqual(channels.sort(), ['private', 'public']);
  assert.equal(await page.$('#closing-offer'), null, 'no closing line before the case is resolved');
  // Resolve with e: the desk offers (does not send) the closing line.
  await page.keyboard.press('e');
  await page.waitForSelector('#closing-offer');
  assert.match(await text(page, '#closing-offer'), /Glad we could sort this out in DMs, Ines/);
  assert.equal(await page.$$eval('#case-timeline .entry-outbound', (e) => e.length), 2, 'nothing sent by itself');
  await page.keyboard.press('c');
  assert.match(await page.inputValue('textarea[name="body"]'), /^Glad we could sort this out in DMs, Ines/);
  assert.equal(await page.$eval('input[name="channel"][value="public"]', (e) => e.checked), true);
  await page.click('#send');
  await page.waitForFunction(() => document.querySelectorAll('#case-timeline .entry-outbound').length === 3);
  await page.waitForSelector('#closing-offer', { state: 'detached' });
  await page.context().close();
  pages.delete(page);
});

await check('the inbox shows amber rows before the deadline and escalated rows after it', async () => {
  const page = await newAgentPage();
  await login(page, agentUser, agentPassword);
  const amber = await page.waitForSelector(`tr[data-case-id="${amberCase}"].warn`);
  assert.match(await amber.$eval('.countdown', (e) => e.textContent), /due soon/);
  assert.equal(await amber.$eval('.countdown', (e) => getComputedStyle(e).color), 'rgb(138, 90, 0)', 'amber text');
  const late = await page.waitForSelector(`tr[data-case-id="${lateCase}"][data-escalated="yes"]`);
  assert.match(await late.textContent(), /escalated/);
  assert.match(await late.$eval('.countdown', (e) => e.textContent), /breached/);
  await page.goto(`${base}/?view=breached`);
  await page.waitForSelector(`tr[data-case-id="${lateCase}"]`);
  assert.equal(await page.$(`tr[data-case-id="${amberCase}"]`), null, 'amber is not breached');
  await page.goto(`${base}/cases/${lateCase}`);
  assert.match(await text(page, '#case-timeline'), /Escalated: the first-response deadline passed/);
  await page.context().close();
  pages.delete(page);
});

await check('a reply the network refused shows why, and is edited and sent again from the case', async () => {
  const page = await newAgentPage();
  await login(page, agentUser, agentPassword);
  await page.goto(`${base}/cases/${failedCase}`);
  const entry = await page.waitForSelector('#case-timeline .entry-outbound');
  assert.match(await entry.$eval('.delivery', (e) => e.textContent), /failed/);
  assert.match(await entry.$eval('[data-delivery-error]', (e) => e.textContent), /Not sent: X said 403: the post was deleted/);
  await page.click('#case-timeline [data-action="edit-retry"]');
  const area = await page.waitForSelector('#case-timeline .retry-edit textarea');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'TEXTAREA', 'the edit box has the focus');
  assert.match(await area.inputValue(), /^Sorry Rita, we are on it/);
  await area.fill('Rita, the original post is gone, so here it is again: an engineer calls you today before 18:00.');
  await page.click('#case-timeline .retry-edit button[type="submit"]');
  await page.waitForSelector('#case-timeline .entry-outbound .delivery-queued');
  assert.match(await text(page, '#case-timeline .entry-outbound .post-text'), /^Rita, the original post is gone/);
  assert.equal(await page.$('#case-timeline [data-action="retry"]'), null, 'no retry for a queued reply');
  await page.context().close();
  pages.delete(page);
});

await check('the dashboard renders for a lead, and an agent gets 403', async () => {
  const agent = await newAgentPage();
  await login(agent, agentUser, agentPassword);
  const res = await agent.goto(`${base}/dashboard`);
  assert.equal(res.status(), 403);
  await agent.context().close();
  pages.delete(agent);
  const lead = await newAgentPage();
  await login(lead, leadUser, leadPassword);
  await lead.click('nav a[href="/dashboard"]');
  await lead.waitForSelector('[data-kpi="volume"]');
  assert.ok(Number(await text(lead, '[data-kpi="volume"] .kpi-value')) >= 4);
  assert.ok((await lead.$$('[data-chart="topic"] svg.bar rect')).length >= 1, 'bars are drawn');
  assert.match(await text(lead, '[data-kpi="escalated"] .kpi-value'), /^[1-9]/);
  await lead.screenshot({ path: join(artifacts, 'dashboard.png'), fullPage: true });
  await lead.context().close();
  pages.delete(lead);
});

await browser.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
