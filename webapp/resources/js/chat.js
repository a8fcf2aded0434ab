// The chat panel (WEB-INF/includes/chat-panel.xhtml): polls the chat API (docs/api.md) and sends
// through it. No framework and nothing in localStorage (school computers are shared). Text is only ever
// set as textContent, never parsed as HTML. A message typed while offline waits in memory with its
// clientId and is sent once when the connection is back: the server stores a repeated clientId only once.

const panel = document.getElementById('chat');
if (panel) {
    start(panel);
}

function start(root) {
    const api = root.dataset.api;
    const conversation = root.dataset.conversation;
    const base = `${api}/conversations/${conversation}`;
    const text = key => root.dataset[key] || key;
    const list = document.getElementById('chat-messages');
    const empty = document.getElementById('chat-empty');
    const form = document.getElementById('chat-form');
    const input = document.getElementById('chat-body');
    const error = document.getElementById('chat-error');
    const offlineBanner = document.getElementById('chat-offline');
    const retry = document.getElementById('chat-retry');
    const badge = document.getElementById('chat-unread');
    const typingNote = document.getElementById('chat-typing');
    const newer = document.getElementById('chat-new');
    const count = document.getElementById('chat-count');
    const maxLength = Number(input.dataset.maxLength); // Message.BODY_LENGTH, the server's limit
    const numberFormat = new Intl.NumberFormat(document.documentElement.lang || 'id');
    const timeFormat = new Intl.DateTimeFormat(document.documentElement.lang || 'id', {
        timeZone: root.dataset.timeZone || 'Asia/Jakarta', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit'
    });

    const HELD_SECONDS = 25;
    const NEAR_BOTTOM_PX = 40;
    const COUNT_FROM = 0.9;   // the counter shows from this share of the limit
    const INTERVAL_MS = 3000;
    const LONG_REQUEST_MS = 5000;
    let lastSeq = 0;
    let readByOther = 0;
    let unread = 0;
    let held = true;          // held polls until a proxy shows it cuts long requests
    let cutLongPolls = 0;
    let offline = false;
    let backoff = 1000;
    let pollTimer = null;
    let polling = false;
    let flushing = false;
    let flushTimer = null;
    let sendBackoff = 1000;
    let typingSaidAt = 0;
    let typingTimer = null;
    let stopped = false;
    const outbox = [];        // {clientId, body, item}, in the order typed
    const shown = new Map();  // seq -> list item

    form.addEventListener('submit', event => {
        event.preventDefault();
        const body = input.value;
        if (!body.trim()) {
            return;
        }
        if (body.length > maxLength) {
            showError(text('tooLong')); // and the text stays in the field, as written
            input.focus();
            return;
        }
        showError('');
        const message = {clientId: newClientId(), body, item: null};
        message.item = renderItem({body, sentAt: null, author: {me: true}}, 'sending');
        outbox.push(message);
        input.value = '';
        showCount();
        showNewest();
        flush();
    });
    input.addEventListener('input', () => {
        showCount();
        const now = Date.now();
        if (input.value.trim() && now - typingSaidAt > 3000 && !offline) {
            typingSaidAt = now;
            fetch(`${base}/typing`, {method: 'POST', credentials: 'same-origin'}).catch(() => {});
        }
    });
    newer.addEventListener('click', showNewest);
    list.addEventListener('scroll', () => {
        if (nearBottom()) {
            newer.hidden = true;
        }
    });
    retry.addEventListener('click', () => {
        backoff = 1000;
        sendBackoff = 1000;
        schedulePoll(0);
        flush();
    });
    document.addEventListener('visibilitychange', () => {
        if (!document.hidden) {
            markRead();
        }
    });
    window.addEventListener('online', () => {
        schedulePoll(0);
        flush();
    });

    schedulePoll(0);

    function schedulePoll(delay) {
        if (stopped) {
            return;
        }
        clearTimeout(pollTimer);
        pollTimer = setTimeout(poll, delay);
    }

    async function poll() {
        if (polling) {
            return;
        }
        polling = true;
        const wait = held ? HELD_SECONDS : 0;
        const began = Date.now();
        try {
            const answer = await fetch(`${base}/messages?after=${lastSeq}&wait=${wait}`, {
                credentials: 'same-origin', headers: {'Accept': 'application/json'},
                signal: AbortSignal.timeout((wait + 15) * 1000)
            });
            if (answer.status === 401) {
                polling = false;
                signedOut();
                return;
            }
            if (outage(answer)) {
                throw new Error('the service is not answering (restarting?)'); // as when the network is down
            }
            backOnline();
            if (answer.status === 200) {
                receive(await answer.json());
            } else if (answer.status !== 304) {
                stopped = answer.status === 404;
                showError(await messageOf(answer));
            }
            polling = false;
            schedulePoll(held ? 0 : INTERVAL_MS);
        } catch (failure) {
            polling = false;
            if (wait > 0 && Date.now() - began >= LONG_REQUEST_MS) {
                if (++cutLongPolls >= 2) {
                    held = false; // long requests die on the way (a proxy): plain interval polls from now on
                    root.dataset.polling = 'interval';
                }
                schedulePoll(0);
                return;
            }
            goOffline();
            schedulePoll(backoff);
            backoff = Math.min(backoff * 2, 15000);
        }
    }

    function receive(page) {
        const following = nearBottom();
        const first = lastSeq === 0;
        let arrived = false;
        for (const message of page.messages) {
            if (shown.has(message.seq)) {
                continue;
            }
            const mine = message.author.me && outbox.find(pending => pending.clientId === message.clientId);
            const sent = message.author.me && [...list.children].find(item => item.dataset.clientId === message.clientId);
            const item = sent || (mine ? mine.item : renderItem(message, message.author.me ? 'sent' : null));
            fill(item, message, message.author.me ? 'sent' : null);
            shown.set(message.seq, item);
            arrived = arrived || (!sent && !mine);
            if (!message.author.me) {
                unread++;
            }
        }
        if (arrived && (first || following)) {
            showNewest();
        } else if (arrived) {
            newer.hidden = false; // the reader went back to read: keep their place and offer the way down
        }
        lastSeq = Math.max(lastSeq, page.lastSeq, ...page.messages.map(m => m.seq));
        readByOther = Math.max(readByOther, page.readByOther || 0);
        showTyping(!!page.otherTyping && page.messages.every(m => m.author.me));
        markReadByOther();
        if (document.hidden) {
            showBadge();
        } else {
            markRead();
        }
    }

    async function flush() {
        if (flushing) {
            return;
        }
        flushing = true;
        try {
            while (outbox.length > 0) {
                const message = outbox[0];
                let answer;
                try {
                    answer = await fetch(`${base}/messages`, {
                        method: 'POST', credentials: 'same-origin',
                        headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
                        body: JSON.stringify({clientId: message.clientId, body: message.body}),
                        signal: AbortSignal.timeout(15000)
                    });
                } catch (networkDown) {
                    answer = null;
                }
                if (answer && answer.status === 401) {
                    signedOut();
                    return;
                }
                if (!answer || outage(answer)) {
                    goOffline(); // kept in the outbox with its clientId; sent again, once, when back
                    clearTimeout(flushTimer);
                    flushTimer = setTimeout(flush, sendBackoff);
                    sendBackoff = Math.min(sendBackoff * 2, 15000);
                    return;
                }
                sendBackoff = 1000;
                backOnline();
                if (answer.status === 201 || answer.status === 200) {
                    const stored = await answer.json();
                    outbox.shift();
                    fill(message.item, stored, 'sent');
                    shown.set(stored.seq, message.item);
                    markReadByOther();
                    if (stored.help) {
                        showHelp(stored.help);
                    }
                } else if (answer.status === 429) {
                    showError(text('tooMany'));
                    const seconds = Number(answer.headers.get('Retry-After')) || 5;
                    setTimeout(flush, seconds * 1000);
                    return;
                } else {
                    outbox.shift();
                    mark(message.item, 'failed');
                    showError(await messageOf(answer));
                }
            }
        } finally {
            flushing = false;
        }
    }

    function renderItem(message, state) {
        const item = document.createElement('li');
        item.className = 'rk-chat-message';
        const who = document.createElement('span');
        who.className = 'rk-chat-who';
        const body = document.createElement('p');
        body.className = 'rk-chat-body';
        const meta = document.createElement('span');
        meta.className = 'rk-chat-meta';
        const time = document.createElement('time');
        const status = document.createElement('span');
        status.className = 'rk-chat-status';
        meta.append(time, status);
        item.append(who, body, meta);
        fill(item, message, state);
        const firstPending = outbox.length > 0 && !message.author.me ? outbox[0].item : null;
        list.insertBefore(item, firstPending && firstPending.parentNode === list ? firstPending : null);
        empty.hidden = true;
        return item;
    }

    function fill(item, message, state) {
        item.classList.toggle('rk-chat-mine', !!message.author.me);
        item.querySelector('.rk-chat-who').textContent = message.author.me ? text('you')
            : message.author.name || text(message.author.role === 'counselor' ? 'counselor' : 'student');
        item.querySelector('.rk-chat-body').textContent = message.call ? callLine(message.call) : message.body;
        item.classList.toggle('rk-chat-call', !!message.call);
        if (message.clientId) {
            item.dataset.clientId = message.clientId;
        }
        if (message.seq) {
            item.dataset.seq = message.seq;
        }
        const time = item.querySelector('time');
        if (message.sentAt) {
            time.dateTime = message.sentAt;
            time.textContent = timeFormat.format(new Date(message.sentAt));
        }
        mark(item, state);
    }

    // The line a call left: how it was held and how it ended; never anything said in it.
    function callLine(call) {
        const kind = text(call.kind === 'voice' ? 'callVoice' : 'callVideo');
        if (call.outcome === 'answered') {
            return text('callAnswered').replace('{0}', kind).replace('{1}', Math.max(1, Math.round(call.seconds / 60)));
        }
        const ended = {declined: 'callDeclined', failed: 'callFailed'}[call.outcome] || 'callMissed';
        return text(ended).replace('{0}', kind);
    }

    function mark(item, state) {
        const status = item.querySelector('.rk-chat-status');
        item.dataset.state = state || '';
        status.textContent = state ? text(state) : '';
    }

    function markReadByOther() {
        for (const item of list.querySelectorAll('.rk-chat-mine[data-seq]')) {
            if (Number(item.dataset.seq) <= readByOther && item.dataset.state === 'sent') {
                mark(item, 'read');
            }
        }
    }

    async function markRead() {
        unread = 0;
        showBadge();
        const newest = Math.max(0, ...[...shown.entries()]
            .filter(([, item]) => !item.classList.contains('rk-chat-mine')).map(([seq]) => seq));
        if (newest > 0 && newest > (markRead.sent || 0)) {
            markRead.sent = newest;
            try {
                await fetch(`${base}/read`, {
                    method: 'POST', credentials: 'same-origin',
                    headers: {'Content-Type': 'application/json'}, body: JSON.stringify({seq: newest})
                });
            } catch (networkDown) {
                markRead.sent = 0; // told again with the next message
            }
        }
    }

    /** Whether the list shows its end, or nearly: then a new message keeps it there. */
    function nearBottom() {
        return list.scrollHeight - list.scrollTop - list.clientHeight <= NEAR_BOTTOM_PX;
    }

    function showNewest() {
        list.scrollTop = list.scrollHeight;
        newer.hidden = true;
    }

    /** From near the limit on, how many characters of how many; over it, the field is marked invalid. */
    function showCount() {
        const length = input.value.length;
        const over = length > maxLength;
        count.hidden = length < maxLength * COUNT_FROM;
        count.textContent = count.hidden ? ''
            : text('count').replace('{0}', numberFormat.format(length)).replace('{1}', numberFormat.format(maxLength));
        count.classList.toggle('rk-chat-count-over', over);
        if (over) {
            input.setAttribute('aria-invalid', 'true');
        } else {
            input.removeAttribute('aria-invalid');
            if (error.textContent === text('tooLong')) {
                showError('');
            }
        }
    }

    function showTyping(typing) {
        clearTimeout(typingTimer);
        typingNote.hidden = !typing;
        if (typing) {
            typingTimer = setTimeout(() => { typingNote.hidden = true; }, 6000); // said again every 3 s while typing
        }
    }

    function showBadge() {
        badge.hidden = unread === 0;
        badge.textContent = unread === 0 ? '' : `${unread} ${text('unread')}`;
    }

    function goOffline() {
        if (!offline) {
            offline = true;
            offlineBanner.hidden = false;
        }
    }

    function backOnline() {
        backoff = 1000;
        if (offline) {
            offline = false;
            offlineBanner.hidden = true;
            flush();
        }
    }

    /** The calm card with the school's help contacts, after a message of the student's that worried us; text, numbers as links. */
    function showHelp(help) {
        const card = root.querySelector('#chat-help');
        card.querySelector('#chat-help-title').textContent = help.title;
        card.querySelector('#chat-help-text').textContent = help.text;
        const list = card.querySelector('#chat-help-contacts');
        list.replaceChildren(...(help.contacts || []).map(contact => {
            const line = document.createElement('li');
            const name = document.createElement('strong');
            name.textContent = contact.name;
            line.append(name, ': ', ...(contact.parts || [{text: contact.reach}]).map(part => {
                if (!part.href) {
                    return part.text;
                }
                const link = document.createElement('a');
                link.href = part.href; // tel: or https://wa.me/, made by the server from the school's text
                link.textContent = part.text;
                return link;
            }));
            return line;
        }));
        card.hidden = false;
    }

    /**
     * The service is away, not refusing: a restart, a proxy without it (5xx), or a 404 that is not the API's own
     * JSON (the application not deployed yet). What was typed waits and is sent with the same clientId once back.
     */
    function outage(answer) {
        return answer.status >= 500 || (answer.status === 404 && !(answer.headers.get('Content-Type') || '').includes('json'));
    }

    /**
     * The session ended (idle, or the service restarted): nothing can be sent from this page any more. What was not
     * sent goes back into the writing box, to copy, and the person is told to open the tool again from the LMS.
     */
    function signedOut() {
        stopped = true;
        clearTimeout(pollTimer);
        clearTimeout(flushTimer);
        const unsent = outbox.splice(0);
        unsent.forEach(message => mark(message.item, 'failed'));
        if (unsent.length) {
            const kept = unsent.map(message => message.body).join('\n\n');
            input.value = input.value.trim() ? input.value + '\n\n' + kept : kept;
            showCount();
        }
        root.dataset.session = 'ended';
        showError(text('signedOut'));
    }

    function showError(message) {
        error.textContent = message;
        error.hidden = !message;
    }

    async function messageOf(answer) {
        try {
            const problem = await answer.json();
            return problem.message || text('failed');
        } catch (notJson) {
            return text('failed');
        }
    }

    function newClientId() {
        const bytes = new Uint8Array(16);
        crypto.getRandomValues(bytes); // randomUUID needs a secure context; an LMS on plain http is not one
        return [...bytes].map(b => b.toString(16).padStart(2, '0')).join('');
    }
}
