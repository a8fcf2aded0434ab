// Keeps a page live without reloading it: holds GET /api/news (answered from memory, 304 while nothing is new)
// and, when the page's edition moves, asks the page to read itself anew through its remote command (rkRefresh).
// While the person is typing in a live part of the page, that part waits and a notice offers to show what is new,
// so that nothing they typed is replaced; a crisis shows at once all the same. On the desk, a new crisis sounds,
// marks the tab and, where the counselor allowed it, shows a browser notification that says nothing of the student.
(function () {
    'use strict';
    const form = document.getElementById('live');
    if (!form) {
        return;
    }
    const WAIT_SECONDS = 25;
    const notice = document.getElementById('live-notice');
    let edition = form.dataset.edition;
    let backoff = 1000;
    let pending = false;

    // a refresh the page asks by itself is not the person's doing: the idle sign-out does not count it
    const action = form.getAttribute('action');
    form.setAttribute('action', action + (action.includes('?') ? '&' : '?') + 'rk-live=1');

    async function poll() {
        let response;
        try {
            response = await fetch(form.dataset.news + '?after=' + encodeURIComponent(edition) + '&wait=' + WAIT_SECONDS,
                {credentials: 'same-origin', cache: 'no-store', headers: {'Accept': 'application/json'}});
        } catch (offline) {
            setTimeout(poll, backoff);
            backoff = Math.min(backoff * 2, 30000);
            return;
        }
        backoff = 1000;
        if (response.status === 200) {
            edition = (await response.json()).edition;
            refresh();
        } else if (response.status === 401 || response.status === 403) {
            return; // signed out: the session's own notice says so
        } else if (response.status !== 304) {
            setTimeout(poll, 5000);
            return;
        }
        poll();
    }

    // what the person changed by hand (scripts, such as the table's own controls, change fields too)
    const TYPED = 'input:not([type=hidden]):not([type=submit]):not([type=button]), textarea, select';
    const touched = new WeakSet();
    ['input', 'change'].forEach(kind => document.addEventListener(kind, event => {
        if (event.isTrusted) {
            touched.add(event.target);
        }
    }, true));

    function changed(field) {
        if (field.tagName === 'SELECT') {
            return Array.from(field.options).some(option => option.selected !== option.defaultSelected);
        }
        if (field.type === 'checkbox' || field.type === 'radio') {
            return field.checked !== field.defaultChecked;
        }
        return field.value !== field.defaultValue;
    }

    function typing() {
        return Array.from(document.querySelectorAll('[data-live-region]')).some(region =>
            Array.from(region.querySelectorAll(TYPED)).some(field =>
                field === document.activeElement || (touched.has(field) && changed(field))));
    }

    function refresh() {
        const held = typing();
        pending = held;
        if (notice) {
            notice.hidden = !held;
        }
        window.rkRefresh([{name: 'typing', value: String(held)}]);
    }

    if (notice) {
        document.getElementById('live-show').addEventListener('click', () => {
            pending = false;
            notice.hidden = true;
            window.rkRefresh([{name: 'typing', value: 'false'}]);
        });
    }
    // once the person has left the fields as they were, what waited shows
    document.addEventListener('focusout', () => setTimeout(() => {
        if (pending && !typing()) {
            refresh();
        }
    }, 0));

    if (form.dataset.crisisAlerts === 'true') {
        watchCrises();
    }
    poll();

    function watchCrises() {
        const watched = document.getElementById('crisis-watch');
        const title = document.title;
        const keys = () => new Set(Array.from(watched.querySelectorAll('[data-crisis]')).map(item => item.dataset.crisis));
        let known = keys();
        const mark = () => {
            document.title = known.size ? form.dataset.crisisMark + ' ' + title : title;
        };
        mark();
        new MutationObserver(() => {
            const now = keys();
            const fresh = Array.from(now).filter(key => !known.has(key));
            known = now;
            mark();
            if (fresh.length) {
                alarm();
            }
        }).observe(watched, {childList: true, subtree: true});
        offerNotifications();
    }

    function alarm() {
        form.dataset.alarms = String(Number(form.dataset.alarms || 0) + 1);
        sound();
        if ('Notification' in window && Notification.permission === 'granted') {
            new Notification(form.dataset.notifyTitle, {body: form.dataset.notifyBody, tag: 'rk-crisis'});
        }
    }

    // two short tones, made by the browser: no sound file to fetch, nothing to block
    function sound() {
        try {
            const context = sound.context || (sound.context = new (window.AudioContext || window.webkitAudioContext)());
            context.resume();
            [[0, 880], [0.25, 660]].forEach(([at, pitch]) => {
                const tone = context.createOscillator();
                const volume = context.createGain();
                const start = context.currentTime + at;
                tone.frequency.value = pitch;
                volume.gain.setValueAtTime(0.0001, start);
                volume.gain.exponentialRampToValueAtTime(0.3, start + 0.02);
                volume.gain.exponentialRampToValueAtTime(0.0001, start + 0.2);
                tone.connect(volume).connect(context.destination);
                tone.start(start);
                tone.stop(start + 0.22);
            });
        } catch (silent) {
            // a browser that allows no sound still marks the tab and shows the alert
        }
    }

    function offerNotifications() {
        const offer = document.getElementById('crisis-notify-offer');
        if (!offer || !('Notification' in window) || Notification.permission !== 'default') {
            return;
        }
        offer.hidden = false;
        document.getElementById('crisis-notify').addEventListener('click', () =>
            Notification.requestPermission().finally(() => {
                offer.hidden = true;
            }));
    }
})();
