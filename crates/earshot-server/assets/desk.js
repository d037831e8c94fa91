// earshot desk: the inbox and the case view, live, keyboard first.
// Hand-written, no framework, no build step. Untrusted text (posts, names)
// only ever goes into the page through textContent, or as HTML the server
// rendered and escaped (fragments parsed with DOMParser).
'use strict';

(() => {
  const $ = (sel, root = document) => root.querySelector(sel);
  const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));
  const csrfMeta = $('meta[name="csrf-token"]');
  const csrf = csrfMeta ? csrfMeta.content : '';
  const signedIn = csrf !== '';

  // ---- messages -------------------------------------------------------

  function toast(message, kind) {
    const t = $('#toast');
    if (!t) return;
    t.textContent = message;
    t.dataset.kind = kind || 'info';
    t.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(() => { t.hidden = true; }, 8000);
  }

  function sessionExpired() {
    toast('Your session has expired. Sign in again: your draft is kept in this tab.', 'error');
    const live = $('#live-status');
    if (live) { live.dataset.state = 'offline'; live.textContent = 'signed out'; }
  }

  // One answer for every request's failure that is not the caller's to handle.
  function explain(res) {
    const b = res.body || {};
    switch (res.status) {
      case 401: sessionExpired(); return;
      case 403:
        if (b.code === 'stale_form') {
          toast('This page is out of date (its security token expired). Reload the page and try again.', 'error');
        } else {
          toast(b.message || 'You are not allowed to do that.', 'error');
        }
        return;
      case 404: toast(b.message || 'Not found.', 'error'); return;
      case 409:
        if (b.code === 'stale_case') {
          toast('Someone changed this case after your page showed it (a reply, a note or an assignment). ' +
            'The page now shows it as it is: check, then try again.', 'warning');
        } else {
          toast(b.message || 'This case changed meanwhile; the page now shows it as it is.', 'warning');
        }
        return;
      case 0: toast('The desk could not reach the server. Check the connection and try again.', 'error'); return;
      default: toast(b.message || ('Something went wrong (' + res.status + '). Try again.'), 'error');
    }
  }

  async function request(method, url, data, form) {
    const headers = { 'Accept': 'application/json', 'X-CSRF-Token': csrf };
    let body;
    if (form) {
      body = new URLSearchParams(data);
    } else if (data !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(data);
    }
    let res;
    try {
      res = await fetch(url, { method, headers, body, credentials: 'same-origin' });
    } catch (e) {
      return { ok: false, status: 0, body: null };
    }
    let parsed = null;
    const type = res.headers.get('content-type') || '';
    if (type.includes('application/json')) {
      try { parsed = await res.json(); } catch (e) { parsed = null; }
    }
    return { ok: res.ok, status: res.status, body: parsed };
  }

  const post = (url, data) => request('POST', url, data, false);
  const postForm = (url, data) => request('POST', url, data, true);

  // A server-rendered (escaped) fragment as text; null, and the agent
  // told why, on failure.
  async function fragment(url) {
    let res;
    try {
      res = await fetch(url, {
        headers: { 'Accept': 'text/html', 'X-CSRF-Token': csrf },
        credentials: 'same-origin',
      });
    } catch (e) {
      return null;
    }
    if (!res.ok) {
      let b = null;
      try { b = await res.json(); } catch (e) { b = null; }
      explain({ status: res.status, body: b });
      return null;
    }
    return res.text();
  }

  const parse = (html) => new DOMParser().parseFromString(html, 'text/html');

  function debounce(fn, ms) {
    let timer = null;
    return (...args) => {
      clearTimeout(timer);
      timer = setTimeout(() => fn(...args), ms);
    };
  }

  function randomKey() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    const b = new Uint8Array(16);
    crypto.getRandomValues(b);
    return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  }

  // ---- deadlines ------------------------------------------------------

  function span(ms) {
    const s = Math.floor(Math.abs(ms) / 1000);
    const d = Math.floor(s / 86400);
    const h = Math.floor((s % 86400) / 3600);
    const m = Math.floor((s % 3600) / 60);
    const sec = s % 60;
    const two = (n) => String(n).padStart(2, '0');
    if (d > 0) return d + 'd ' + h + 'h';
    if (h > 0) return h + 'h ' + two(m) + 'm';
    return m + 'm ' + two(sec) + 's';
  }

  function tick() {
    const now = Date.now();
    for (const el of $$('.countdown[data-due]')) {
      const due = Number(el.dataset.due);
      if (!el.dataset.due || !Number.isFinite(due)) continue;
      const row = el.closest('tr');
      if (el.dataset.responded === 'yes') {
        el.textContent = 'answered';
        el.classList.add('answered');
        el.classList.remove('breached');
        if (row) row.classList.remove('breached');
        continue;
      }
      const left = due - now;
      const breached = left < 0;
      el.textContent = breached ? 'breached ' + span(left) + ' ago' : span(left) + ' left';
      el.title = 'First response due ' + new Date(due).toLocaleString();
      el.classList.toggle('breached', breached);
      // Amber from the plan's warning time (the last fifth, or its lead time).
      const warnAt = Number(el.dataset.warn);
      const soon = !breached && (el.dataset.warn ? now >= warnAt : left < 5 * 60 * 1000);
      el.classList.toggle('soon', soon);
      if (soon && !el.textContent.endsWith('(due soon)')) el.textContent += ' (due soon)';
      if (row) { row.classList.toggle('breached', breached); row.classList.toggle('warn', soon); }
    }
  }

  // ---- live events ----------------------------------------------------

  const listeners = { cases: [], case: [], presence: [], notice: [], resync: [] };
  function on(kind, fn) { listeners[kind].push(fn); }

  // One event stream per browser, not per tab (browsers allow six
  // connections to a host over HTTP/1.1, and an agent opens many cases):
  // the tab holding the 'earshot-desk-events' lock connects and relays
  // every event to the others over a BroadcastChannel; when it closes,
  // another tab takes over. Without those APIs each tab connects itself.
  let heardBefore = false;
  let liveState = { state: 'connecting', text: 'connecting…' };

  function showState(state, text) {
    liveState = { state, text };
    const live = $('#live-status');
    if (live) { live.dataset.state = state; live.textContent = text; }
  }

  function deliver(kind, data) {
    if (kind === 'hello') {
      // Whatever was missed while (re)connecting is fetched again.
      if (heardBefore) for (const fn of listeners.resync) fn({});
      heardBefore = true;
      return;
    }
    if (listeners[kind]) for (const fn of listeners[kind]) fn(data);
  }

  // A notice is for this user only (the server sends it to nobody else):
  // a case escalated or assigned to them.
  on('notice', (d) => { if (d && d.text) toast(d.text, 'warning'); });

  function start() {
    if (!signedIn || !window.EventSource) return;
    if (!window.BroadcastChannel || !navigator.locks) { connect(null); return; }
    const channel = new BroadcastChannel('earshot-desk-events');
    let leader = false;
    channel.onmessage = (m) => {
      const msg = m.data || {};
      if (msg.kind === 'ask') {
        if (leader) channel.postMessage({ kind: 'state', data: liveState });
      } else if (msg.kind === 'state') {
        if (!leader) {
          showState(msg.data.state, msg.data.text);
          if (msg.data.state === 'live') heardBefore = true;
        }
      } else if (!leader) {
        deliver(msg.kind, msg.data || {});
      }
    };
    channel.postMessage({ kind: 'ask' });
    navigator.locks.request('earshot-desk-events', () => new Promise(() => {
      // Held until this tab goes away.
      leader = true;
      connect(channel);
    }));
  }

  function connect(channel) {
    const relay = (kind, data) => { if (channel) channel.postMessage({ kind, data }); };
    const state = (s, text) => { showState(s, text); relay('state', { state: s, text }); };
    const es = new EventSource('/events');
    es.addEventListener('hello', () => {
      state('live', 'live');
      deliver('hello', {});
      relay('hello', {});
    });
    for (const kind of Object.keys(listeners)) {
      es.addEventListener(kind, (e) => {
        let data = {};
        try { data = JSON.parse(e.data); } catch (err) { return; }
        deliver(kind, data);
        relay(kind, data);
      });
    }
    es.onerror = () => {
      if (es.readyState === EventSource.CLOSED) {
        state('offline', 'offline');
        // Closed for good (signed out, or the server went away): check why.
        fetch('/events', { method: 'HEAD', headers: { 'Accept': 'text/event-stream' } })
          .then((r) => { if (r.status === 401) sessionExpired(); else setTimeout(() => connect(channel), 5000); })
          .catch(() => setTimeout(() => connect(channel), 5000));
      } else {
        state('connecting', 'reconnecting…');
      }
    };
  }

  // ---- keyboard -------------------------------------------------------

  const keys = {};
  let pendingG = false;

  function typingIn(el) {
    return el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
  }

  document.addEventListener('keydown', (e) => {
    const dialog = $('#keys');
    if (typingIn(e.target)) {
      if (e.key === 'Escape') e.target.blur();
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && keys.send) { e.preventDefault(); keys.send(); }
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (dialog && dialog.open) return;
    if (pendingG) {
      pendingG = false;
      if (e.key === 'i') { e.preventDefault(); location.href = '/'; }
      return;
    }
    const handler = {
      '?': () => openKeys(),
      '/': () => (keys.search ? keys.search() : (location.href = '/#search')),
      'g': () => { pendingG = true; setTimeout(() => { pendingG = false; }, 1500); },
    }[e.key] || keys[e.key];
    if (handler) {
      e.preventDefault();
      handler();
    }
  });

  function openKeys() {
    const dialog = $('#keys');
    if (dialog && !dialog.open) dialog.showModal();
  }

  document.addEventListener('click', (e) => {
    const b = e.target.closest('[data-action="keys"]');
    if (b) { e.preventDefault(); openKeys(); }
  });

  // ---- inbox ----------------------------------------------------------

  function initInbox() {
    const tbody = $('#inbox-rows');
    if (!tbody) return;
    let selected = null;

    const rows = () => $$('tr[data-case-id]', tbody);

    function select(row, focus) {
      for (const r of rows()) { r.classList.remove('selected'); r.removeAttribute('aria-current'); }
      if (!row) { selected = null; return; }
      selected = row.dataset.caseId;
      row.classList.add('selected');
      row.setAttribute('aria-current', 'true');
      if (focus !== false) row.focus({ preventScroll: true });
      row.scrollIntoView({ block: 'nearest' });
    }

    function move(by) {
      const all = rows();
      if (!all.length) return;
      const i = all.findIndex((r) => r.dataset.caseId === selected);
      const next = i < 0 ? all[0] : all[Math.max(0, Math.min(all.length - 1, i + by))];
      select(next);
    }

    const current = () => rows().find((r) => r.dataset.caseId === selected);

    const refresh = debounce(async () => {
      const html = await fragment('/inbox/rows' + location.search);
      if (html == null) return;
      // Rows arrive as a run of <tr>s; parse them inside a table.
      const holder = parse('<table><tbody>' + html + '</tbody></table>');
      const fresh = $$('tr', holder);
      const known = new Set(rows().map((r) => r.dataset.caseId));
      for (const r of fresh) {
        if (r.dataset.caseId && !known.has(r.dataset.caseId)) r.classList.add('fresh');
      }
      const hadFocus = tbody.contains(document.activeElement);
      tbody.replaceChildren(...fresh.map((r) => document.importNode(r, true)));
      const again = rows().find((r) => r.dataset.caseId === selected);
      if (again) select(again, hadFocus);
      tick();
    }, 250);

    on('cases', refresh);
    on('case', refresh);
    on('resync', refresh);
    on('presence', (p) => {
      const cell = $('[data-viewers-for="' + Number(p.case_id) + '"]', tbody);
      if (!cell) return;
      cell.textContent = (p.viewers || [])
        .map((v) => v.username + (v.typing ? ' (typing)' : ''))
        .join(', ');
    });

    tbody.addEventListener('click', (e) => {
      const row = e.target.closest('tr[data-case-id]');
      if (!row || e.target.closest('a, button, input, select')) return;
      location.href = '/cases/' + row.dataset.caseId;
    });

    async function act(url, data) {
      const row = current();
      if (!row) { toast('Select a case first (j / k).', 'info'); return; }
      const res = await post('/cases/' + row.dataset.caseId + url, Object.assign({ version: Number(row.dataset.version) }, data));
      if (res.ok) toast(url === '/assign' ? 'Case #' + row.dataset.caseId + ' is yours.' : 'Case #' + row.dataset.caseId + ' resolved.', 'info');
      else explain(res);
      refresh();
    }

    Object.assign(keys, {
      j: () => move(1),
      k: () => move(-1),
      Enter: () => { const r = current(); if (r) location.href = '/cases/' + r.dataset.caseId; },
      o: () => { const r = current(); if (r) location.href = '/cases/' + r.dataset.caseId; },
      r: () => { const r = current(); if (r) location.href = '/cases/' + r.dataset.caseId + '#reply'; },
      n: () => { const r = current(); if (r) location.href = '/cases/' + r.dataset.caseId + '#note'; },
      a: () => act('/assign', { to: 'me' }),
      e: () => act('/status', { status: 'resolved' }),
      search: () => { const s = $('#search'); if (s) { s.focus(); s.select(); } },
    });

    if (location.hash === '#search') keys.search();
  }

  // ---- case view ------------------------------------------------------

  function initCase() {
    const root = $('#case');
    if (!root) return;
    const caseId = root.dataset.caseId;
    const me = Number(root.dataset.me);
    const form = $('#reply-form');
    const textarea = $('#reply-body');
    const findings = $('#coach-findings');
    const override = $('#override');
    const overrideWrap = $('#override-wrap');
    const sendStatus = $('#send-status');
    const collision = $('#collision');
    let lastReport = null;
    let coachSeq = 0;
    let draftKey = null;
    let sending = false;

    const version = () => Number($('#case-header').dataset.version);
    const channel = () => (form.querySelector('input[name="channel"]:checked') || {}).value || 'public';

    async function refreshParts() {
      const html = await fragment('/cases/' + caseId + '/parts');
      if (html == null) return;
      const doc = parse(html);
      for (const id of ['case-header', 'case-timeline']) {
        const fresh = doc.getElementById(id);
        const old = document.getElementById(id);
        if (fresh && old) old.replaceWith(document.importNode(fresh, true));
      }
      tick();
    }
    const refreshSoon = debounce(refreshParts, 200);

    async function change(url, data, done) {
      const res = await post('/cases/' + caseId + url, Object.assign({ version: version() }, data));
      if (res.ok) {
        toast(done, 'info');
      } else {
        explain(res);
      }
      await refreshParts();
    }

    root.addEventListener('click', (e) => {
      const b = e.target.closest('button[data-action]');
      if (!b) return;
      if (b.dataset.action === 'move-private') {
        openMovePrivate();
      } else if (b.dataset.action === 'closing-line') {
        useClosingLine();
      } else if (b.dataset.action === 'assign') {
        change('/assign', { to: b.dataset.to }, b.dataset.to === 'me' ? 'The case is yours.' : 'Released.');
      } else if (b.dataset.action === 'status') {
        change('/status', { status: b.dataset.status }, 'Status: ' + b.dataset.status + '.');
      } else if (b.dataset.action === 'retry') {
        retry(b.dataset.outbox, undefined, false);
      } else if (b.dataset.action === 'edit-retry') {
        openRetryEdit(b);
      }
    });

    // A failed reply: send it again as it was, or edited (coached again).
    async function retry(outboxId, text, force, status) {
      const res = await post('/outbox/' + outboxId + '/retry', text === undefined ? {} : { body: text, override: !!force });
      if (res.ok) {
        toast('The reply is queued again.', 'info');
        await refreshParts();
        return true;
      }
      const b = res.body || {};
      if (res.status === 409 && b.code === 'coach_errors' && status) {
        status.textContent = b.message;
        return false;
      }
      explain(res);
      await refreshParts();
      return false;
    }

    function openRetryEdit(button) {
      const box = button.closest('.retry');
      const entry = button.closest('li.entry');
      if (!box || box.querySelector('form')) return;
      const id = button.dataset.outbox;
      const f = document.createElement('form');
      f.className = 'retry-edit';
      const label = document.createElement('label');
      label.textContent = 'Edit the reply';
      const area = document.createElement('textarea');
      area.rows = 3;
      area.id = 'retry-body-' + id;
      label.htmlFor = area.id;
      const text = entry && entry.querySelector('.post-text');
      area.value = text ? text.textContent : '';
      const force = document.createElement('label');
      const forceBox = document.createElement('input');
      forceBox.type = 'checkbox';
      force.append(forceBox, ' send anyway');
      const go = document.createElement('button');
      go.type = 'submit';
      go.textContent = 'Send edit';
      const cancel = document.createElement('button');
      cancel.type = 'button';
      cancel.textContent = 'Cancel';
      const status = document.createElement('p');
      status.className = 'retry-status';
      status.setAttribute('role', 'status');
      f.append(label, area, force, go, cancel, status);
      box.append(f);
      area.focus();
      cancel.addEventListener('click', () => { f.remove(); button.focus(); });
      f.addEventListener('submit', async (e) => {
        e.preventDefault();
        if (!area.value.trim()) { status.textContent = 'Write something first.'; return; }
        go.disabled = true;
        await retry(id, area.value, forceBox.checked, status);
        go.disabled = false;
      });
    }
    root.addEventListener('change', (e) => {
      const s = e.target.closest('select[data-action="reassign"]');
      if (s && s.value) change('/assign', { to: Number(s.value) }, 'Reassigned.');
    });

    // Presence: a heartbeat while the page is open, "typing" while typing.
    const heartbeat = () => postForm('/cases/' + caseId + '/presence', { state: 'viewing' });
    heartbeat();
    setInterval(heartbeat, 10000);
    let typingSent = 0;
    const idleSoon = debounce(() => {
      typingSent = 0;
      postForm('/cases/' + caseId + '/presence', { state: 'idle' });
    }, 5000);
    function typed() {
      const now = Date.now();
      if (now - typingSent > 3000) {
        typingSent = now;
        postForm('/cases/' + caseId + '/presence', { state: 'typing' });
      }
      idleSoon();
    }
    window.addEventListener('pagehide', () => {
      const data = new URLSearchParams({ state: 'left', csrf });
      if (navigator.sendBeacon) navigator.sendBeacon('/cases/' + caseId + '/presence', data);
    });

    function showPresence(viewers) {
      const box = $('#presence');
      const others = (viewers || []).filter((v) => v.user_id !== me);
      const parts = others.map((v) => {
        const s = document.createElement('span');
        s.className = 'viewer' + (v.typing ? ' typing' : '');
        s.textContent = v.username + (v.typing ? ' (typing…)' : '');
        return s;
      });
      if (parts.length) {
        const label = document.createElement('span');
        label.className = 'muted';
        label.textContent = 'Also here: ';
        box.replaceChildren(label, ...parts);
      } else {
        box.replaceChildren();
      }
      const typists = others.filter((v) => v.typing).map((v) => v.username);
      const warn = $('#typing-warning');
      if (typists.length) {
        warn.textContent = typists.join(' and ') + (typists.length === 1 ? ' is' : ' are') +
          ' typing a reply on this case. Agree who answers before you send.';
        warn.hidden = false;
      } else {
        warn.hidden = true;
      }
    }

    on('presence', (p) => { if (String(p.case_id) === caseId) showPresence(p.viewers); });
    on('case', (c) => { if (String(c.id) === caseId && c.by !== me) refreshSoon(); });
    on('cases', (c) => { if ((c.ids || []).map(String).includes(caseId)) refreshSoon(); });
    on('resync', () => { refreshSoon(); heartbeat(); });

    // The coach.
    function renderReport(report) {
      lastReport = report;
      $('#coach-length').textContent = String(report.length);
      $('#coach-limit').textContent = report.limit == null ? 'no limit' : String(report.limit);
      $('#coach-summary').classList.toggle('over', report.limit != null && report.length > report.limit);
      const items = (report.findings || []).map((f) => {
        const li = document.createElement('li');
        li.dataset.finding = f.code;
        li.dataset.severity = f.severity;
        li.className = 'finding sev-' + f.severity;
        const sev = document.createElement('strong');
        sev.className = 'severity';
        sev.textContent = f.severity === 'error' ? 'Error' : 'Warning';
        const code = document.createElement('code');
        code.textContent = f.code;
        const msg = document.createElement('span');
        msg.className = 'message';
        msg.textContent = f.message;
        li.append(sev, ' ', code, ' ', msg);
        return li;
      });
      findings.replaceChildren(...items);
      const hasErrors = (report.findings || []).some((f) => f.severity === 'error');
      overrideWrap.hidden = !hasErrors;
      if (!hasErrors) override.checked = false;
      const ok = $('#coach-ok');
      if (channel() === 'note') {
        ok.textContent = 'Notes stay inside the desk; the coach checks replies only.';
        ok.hidden = false;
      } else if (!textarea.value.trim()) {
        ok.textContent = 'Start typing: the coach checks the draft as you write.';
        ok.hidden = false;
      } else {
        ok.textContent = 'The coach has nothing to add.';
        ok.hidden = items.length > 0;
      }
    }

    async function runCoach() {
      const seq = ++coachSeq;
      const text = textarea.value;
      if (!text.trim() && channel() !== 'note') {
        renderReport({ length: 0, limit: lastReport ? lastReport.limit : null, findings: [] });
        return;
      }
      const res = await post('/coach', { case_id: Number(caseId), channel: channel(), text });
      if (seq !== coachSeq) return; // a newer draft is being checked
      if (res.ok && res.body) renderReport(res.body);
      else if (res.status === 401 || res.status === 403) explain(res);
    }
    const coachSoon = debounce(runCoach, 150);

    // The draft survives a reload or a sign-in in this tab.
    const draftStore = 'earshot-draft-' + caseId;
    const saveDraft = debounce(() => {
      try {
        if (textarea.value) sessionStorage.setItem(draftStore, textarea.value);
        else sessionStorage.removeItem(draftStore);
      } catch (e) { /* storage full or disabled: the draft lives in the box only */ }
    }, 300);
    try {
      const kept = sessionStorage.getItem(draftStore);
      if (kept && !textarea.value) { textarea.value = kept; coachSoon(); }
    } catch (e) { /* no storage */ }

    textarea.addEventListener('input', () => { coachSoon(); typed(); saveDraft(); collision.hidden = true; });
    for (const r of $$('input[name="channel"]', form)) r.addEventListener('change', () => runCoach());

    async function send(confirm) {
      if (sending) return;
      const body = textarea.value;
      if (!body.trim()) { sendStatus.textContent = 'Write something first.'; textarea.focus(); return; }
      const ch = channel();
      if (ch !== 'note') {
        // The coach must have seen this exact draft.
        await runCoach();
        const errors = ((lastReport && lastReport.findings) || []).filter((f) => f.severity === 'error');
        if (errors.length && !override.checked) {
          sendStatus.textContent = 'The coach found ' + errors.length + ' error' + (errors.length === 1 ? '' : 's') +
            ': fix the draft, or tick "send anyway".';
          overrideWrap.hidden = false;
          override.focus();
          return;
        }
      }
      draftKey = draftKey || randomKey();
      sending = true;
      $('#send').disabled = true;
      sendStatus.textContent = 'Sending…';
      const res = await post('/cases/' + caseId + '/reply', {
        body, channel: ch, override: override.checked, confirm: !!confirm, key: draftKey,
      });
      sending = false;
      $('#send').disabled = false;
      if (res.ok) {
        textarea.value = '';
        try { sessionStorage.removeItem(draftStore); } catch (e) { /* no storage */ }
        draftKey = null;
        override.checked = false;
        collision.hidden = true;
        sendStatus.textContent = ch === 'note' ? 'Note added.' : 'Reply queued; it shows in the timeline.';
        renderReport({ length: 0, limit: lastReport ? lastReport.limit : null, findings: [] });
        idleSoon();
        await refreshParts();
        return;
      }
      const b = res.body || {};
      if (res.status === 409 && b.code === 'collision') {
        $('#collision-msg').textContent = b.message;
        collision.hidden = false;
        sendStatus.textContent = 'Waiting for your confirmation.';
        $('#collision-confirm').focus();
        return;
      }
      if (res.status === 409 && b.code === 'coach_errors') {
        if (b.details && b.details.findings) {
          renderReport({ length: lastReport ? lastReport.length : 0, limit: lastReport ? lastReport.limit : null, findings: b.details.findings });
        }
        sendStatus.textContent = b.message;
        overrideWrap.hidden = false;
        return;
      }
      sendStatus.textContent = b.message || 'Not sent.';
      explain(res);
    }

    form.addEventListener('submit', (e) => { e.preventDefault(); send(false); });
    $('#collision-confirm').addEventListener('click', () => { collision.hidden = true; send(true); });
    $('#collision-cancel').addEventListener('click', () => {
      collision.hidden = true;
      sendStatus.textContent = 'Not sent. Your draft is still here.';
      textarea.focus();
    });

    // Move to private: a public pointer and the first private message,
    // each checked by the coach, sent together.
    const mp = $('#move-private');
    const mpForm = $('#mp-form');
    const mpStatus = $('#mp-status');
    const mpOverride = $('#mp-override');
    let mpKey = null;
    let mpSending = false;

    function findingItems(list) {
      return (list || []).map((f) => {
        const li = document.createElement('li');
        li.dataset.finding = f.code;
        li.dataset.severity = f.severity;
        li.className = 'finding sev-' + f.severity;
        const sev = document.createElement('strong');
        sev.className = 'severity';
        sev.textContent = f.severity === 'error' ? 'Error' : 'Warning';
        const code = document.createElement('code');
        code.textContent = f.code;
        const msg = document.createElement('span');
        msg.className = 'message';
        msg.textContent = f.message;
        li.append(sev, ' ', code, ' ', msg);
        return li;
      });
    }

    async function coachHalf(field, ch, list) {
      const text = field.value;
      if (!text.trim()) { list.replaceChildren(); return []; }
      const res = await post('/coach', { case_id: Number(caseId), channel: ch, text });
      const found = (res.ok && res.body && res.body.findings) || [];
      list.replaceChildren(...findingItems(found));
      return found;
    }
    async function coachMovePrivate() {
      const a = await coachHalf($('#mp-public'), 'public', $('#mp-public-coach'));
      const b = await coachHalf($('#mp-private'), 'private', $('#mp-private-coach'));
      const errors = a.concat(b).filter((f) => f.severity === 'error');
      $('#mp-override-wrap').hidden = !errors.length;
      if (!errors.length) mpOverride.checked = false;
      return errors;
    }
    const coachMpSoon = debounce(coachMovePrivate, 150);

    function openMovePrivate() {
      if (!mp) return;
      mp.hidden = false;
      mpStatus.textContent = '';
      coachMovePrivate();
      $('#mp-public').focus();
    }
    if (mp) {
      for (const t of [$('#mp-public'), $('#mp-private')]) {
        t.addEventListener('input', () => { coachMpSoon(); typed(); });
      }
      $('#mp-cancel').addEventListener('click', () => { mp.hidden = true; textarea.focus(); });
      mpForm.addEventListener('submit', async (e) => {
        e.preventDefault();
        if (mpSending) return;
        const errors = await coachMovePrivate();
        if (errors.length && !mpOverride.checked) {
          mpStatus.textContent = 'The coach found ' + errors.length + ' error' + (errors.length === 1 ? '' : 's') +
            ': fix the messages, or tick "send anyway".';
          mpOverride.focus();
          return;
        }
        mpKey = mpKey || randomKey();
        mpSending = true;
        $('#mp-send').disabled = true;
        mpStatus.textContent = 'Sending…';
        const res = await post('/cases/' + caseId + '/move-to-private', {
          public: $('#mp-public').value, private: $('#mp-private').value,
          override: mpOverride.checked, key: mpKey,
        });
        mpSending = false;
        $('#mp-send').disabled = false;
        if (res.ok) {
          mpKey = null;
          mp.hidden = true;
          toast('Moved to private: the public pointer and the private message are queued.', 'info');
          idleSoon();
          await refreshParts();
          return;
        }
        const b = res.body || {};
        mpStatus.textContent = b.message || 'Not sent.';
        if (res.status === 409 && b.code === 'coach_errors') $('#mp-override-wrap').hidden = false;
        else explain(res);
      });
    }

    function useClosingLine() {
      const t = $('[data-closing-text]');
      if (!t) return;
      textarea.value = t.textContent;
      saveDraft();
      useChannel('public');
    }

    function useChannel(value) {
      const r = form.querySelector('input[name="channel"][value="' + value + '"]');
      if (r) { r.checked = true; runCoach(); }
      textarea.focus();
    }

    let entry = -1;
    function moveEntry(by) {
      const all = $$('#case-timeline > li');
      if (!all.length) return;
      entry = Math.max(0, Math.min(all.length - 1, (entry < 0 ? all.length : entry) + by));
      all.forEach((li) => li.classList.remove('selected'));
      all[entry].classList.add('selected');
      all[entry].focus();
    }

    Object.assign(keys, {
      r: () => useChannel('public'),
      n: () => useChannel('note'),
      a: () => change('/assign', { to: 'me' }, 'The case is yours.'),
      e: () => change('/status', { status: 'resolved' }, 'Status: resolved.'),
      p: () => openMovePrivate(),
      c: () => useClosingLine(),
      j: () => moveEntry(1),
      k: () => moveEntry(-1),
      send: () => send(false),
    });
    // Opened from the inbox with r or n.
    if (location.hash === '#reply') useChannel('public');
    if (location.hash === '#note') useChannel('note');
  }

  // ---- start ----------------------------------------------------------

  tick();
  setInterval(tick, 1000);
  initInbox();
  initCase();
  start();
})();
