// Voice and video calls (WEB-INF/includes/call-panel.xhtml and call-ring.xhtml): the browser's own WebRTC,
// set up through the call API (docs/api.md). One held poll (GET /api/calls) brings ringing, the other side's
// state and its signals; offers, answers and ICE candidates go back through POST /api/calls/{id}/signals and
// live nowhere but in memory. Both sides may press "call" at once: the server joins them into one call. The
// caller offers first and the one called answers that offer (signals that come before this page's peer
// connection wait for it); after that either side may offer again, and "perfect negotiation" (the one called is
// the polite peer) settles two offers crossing. When the connection first comes up, the page says so
// (POST /api/calls/{id}/connected): an answered call that never connected is kept as one that could not connect,
// not as talked. Nothing is recorded; text is only ever set as textContent. No framework.
//
// The public contract for scripts and tests: [data-call-start="video|voice"], [data-call-answer],
// [data-call-decline], [data-call-hangup], one [data-call-state] (idle, calling, ringing, connecting,
// connected, ended, failed), and window.ruangKonseling.call.stats().

const root = document.querySelector('[data-call-state]');
if (root) {
    start(root);
}

function start(root) {
    const api = root.dataset.api;
    const conversation = Number(root.dataset.conversation || 0); // 0: a home page, which only rings
    const text = key => root.dataset[key] || key;
    const el = id => document.getElementById(id);
    const HELD_SECONDS = 25;
    const RESTART_AFTER_MS = 2000;   // a drop this long restarts ICE
    const GIVE_UP_AFTER_MS = 15000;  // a drop this long ends the call: "call again"
    const SET_UP_RETRY_MS = 10000;   // not connected this long after both joined: the caller restarts ICE once
    const SET_UP_GIVE_UP_MS = 30000; // still not connected: the call failed, "call again"
    const KEEP_SESSION_MS = 4 * 60 * 1000;

    let last = 0;
    let call = null;          // {id, kind, direction, other}: the call this page takes part in
    let pc = null;
    let localStream = null;
    let ice = null;
    let polite = false;
    let makingOffer = false;
    let ignoreOffer = false;
    let settingRemoteAnswer = false;
    let pending = [];         // signals that came before the peer connection, with their call's id
    let handling = Promise.resolve(); // signals are handled one after the other, in the order sent,
    let sending = Promise.resolve();  // and sent one after the other: a candidate never overtakes its offer
    let connectedOnce = false; // whether this page's peer connection has connected (a drop after is not a set-up)
    let droppedAt = 0;
    let dropTimer = null;
    let ringTone = null;
    let stopped = false;

    window.ruangKonseling = window.ruangKonseling || {};
    window.ruangKonseling.call = {stats};

    document.querySelectorAll('[data-call-start]').forEach(button =>
        button.addEventListener('click', () => startCall(button.dataset.callStart)));
    document.querySelectorAll('[data-call-answer]').forEach(button => button.addEventListener('click', answer));
    document.querySelectorAll('[data-call-decline]').forEach(button => button.addEventListener('click', decline));
    document.querySelectorAll('[data-call-hangup]').forEach(button => button.addEventListener('click', () => hangUp()));
    on('call-mute', 'click', toggleMute);
    on('call-camera', 'click', toggleCamera);
    on('call-voice-only', 'click', voiceOnly);
    on('call-again', 'click', () => startCall(root.dataset.lastKind || 'video'));
    on('call-offer-voice', 'click', () => startCall('voice'));
    on('call-new-window', 'click', openInNewWindow);
    window.addEventListener('pagehide', () => {
        stopped = true;
        if (call && (call.answered || call.direction === 'outgoing')) { // a call ringing here may be answered elsewhere
            navigator.sendBeacon?.(`${api}/calls/${call.id}/hangup`);
        }
    });

    setState('idle');
    root.dataset.callReady = 'true'; // the buttons work from now on (tests wait for this)
    poll();
    joinFromAddress();

    // A booked session's "Join" and a home page's "answer" open this page with #call=video|voice|answer.
    function joinFromAddress() {
        const asked = /(?:^#|&)call=(video|voice|answer)/.exec(window.location.hash);
        if (!asked || !conversation) {
            return;
        }
        history.replaceState(null, '', window.location.pathname + window.location.search);
        if (asked[1] === 'answer') {
            root.dataset.answerOnRing = 'true';
        } else {
            startCall(asked[1]);
        }
    }

    async function poll() {
        while (!stopped) {
            try {
                const response = await fetch(`${api}/calls?after=${last}&wait=${HELD_SECONDS}`,
                    {headers: {'Accept': 'application/json'}, credentials: 'same-origin', cache: 'no-store'});
                if (response.status === 200) {
                    const news = await response.json();
                    last = news.last;
                    heard(news);
                } else if (response.status === 401) {
                    return; // signed out: the page's own session notice says what to do
                } else if (response.status !== 304) {
                    await pause(3000);
                }
            } catch (offline) {
                await pause(3000);
            }
        }
    }

    function heard(news) {
        news.signals.filter(s => call && s.call === call.id).forEach(s => {
            if (s.signal.ended === 'failed') { // answered, never connected: said here as if this page had given up
                showProblem(text('failed'));
                ended('', true);
            } else if (s.signal.ended) {
                ended(endedBecause(s.signal.ended));
            } else if (call) {
                pc ? handleInTurn(s.signal) : pending.push(s);
            }
        });
        const mine = news.calls; // a call in another of the person's conversations rings here too
        const current = call ? mine.find(c => c.id === call.id) : null;
        if (call && !current && call.known) {
            ended('ended'); // gone without its end heard here (another tab answered it, say)
        } else if (current) {
            call.known = true;
            if (current.state === 'answered' && !call.answered) {
                call.answered = true;
                if (call.direction === 'outgoing') {
                    setState('connecting');
                    connect();
                }
            }
        } else {
            const ringing = mine.find(c => c.direction === 'incoming' && c.state === 'ringing'
                && (c.conversation === conversation || !mine.some(other => other.conversation === conversation)));
            if (ringing && ['idle', 'ended', 'failed'].includes(state())) {
                ring(ringing);
            }
        }
    }

    // How the other side's end reads here: declined, not answered, missed, or just ended.
    function endedBecause(outcome) {
        if (outcome === 'answered') {
            return 'ended';
        }
        if (call.direction === 'outgoing') {
            return outcome === 'declined' ? 'declined' : 'noAnswer';
        }
        return 'missed';
    }

    function ring(incoming) {
        call = {id: incoming.id, kind: incoming.kind, direction: 'incoming', other: incoming.other, answered: false,
            conversation: incoming.conversation};
        polite = true;
        root.dataset.callKind = incoming.kind;
        el('call-incoming-text').textContent = format(text(incoming.kind === 'video' ? 'incomingVideo' : 'incomingVoice'),
            incoming.other || text('someone'));
        setState('ringing');
        startRingTone();
        if (root.dataset.answerOnRing === 'true') {
            delete root.dataset.answerOnRing;
            answer();
        }
    }

    async function startCall(kind) {
        if (!conversation || !supported(kind)) {
            return;
        }
        root.dataset.lastKind = kind;
        root.dataset.callKind = kind;
        setState('calling');
        showProblem('');
        if (!await openDevices(kind)) {
            return;
        }
        const response = await send('POST', `${api}/calls`, {conversation, kind});
        if (!response.ok) {
            stopDevices();
            return refused(response);
        }
        const joined = await response.json();
        ice = joined.ice;
        call = {id: joined.call.id, kind: joined.call.kind, direction: joined.call.direction, other: joined.call.other,
            answered: joined.call.state === 'answered', conversation};
        polite = call.direction === 'incoming'; // both pressed "call": the server made us the one who answered
        status(format(text('calling'), call.other || text('someone')));
        if (call.answered) {
            setState('connecting');
            connect();
        }
    }

    async function answer() {
        if (!call || state() !== 'ringing') {
            return;
        }
        stopRingTone();
        if (call.conversation !== conversation) { // a home page, or another conversation's: the call happens on its page
            const page = `${root.dataset.conversationPage}?id=${call.conversation}#call=answer`;
            call = null;
            window.location.href = page;
            return;
        }
        if (!supported(call.kind) || !await openDevices(call.kind)) {
            return;
        }
        const response = await send('POST', `${api}/calls/${call.id}/answer`);
        if (!response.ok) {
            stopDevices();
            return refused(response);
        }
        ice = (await response.json()).ice;
        call.answered = true;
        setState('connecting');
        connect();
    }

    async function decline() {
        if (!call) {
            return;
        }
        stopRingTone();
        const declined = call;
        call = null;
        setState('idle');
        await send('POST', `${api}/calls/${declined.id}/decline`);
    }

    async function hangUp(message = 'ended') {
        if (!call) {
            return;
        }
        const ending = call;
        ended(message);
        await send('POST', `${api}/calls/${ending.id}/hangup`);
    }

    function ended(message, failed = false) {
        call = null;
        stopRingTone();
        closePeer();
        stopDevices();
        status(text(message));
        setState(failed ? 'failed' : 'ended');
    }

    // The peer connection, once both sides are in: perfect negotiation over the call's signals.
    function connect() {
        closePeer();
        pc = new RTCPeerConnection({iceServers: ice.iceServers, iceTransportPolicy: ice.iceTransportPolicy});
        localStream.getTracks().forEach(track => pc.addTrack(track, localStream));
        pc.ontrack = ({streams}) => {
            const remote = el('call-remote');
            if (remote.srcObject !== streams[0]) {
                remote.srcObject = streams[0];
            }
        };
        pc.onicecandidate = ({candidate}) => candidate && signal({candidate: candidate.toJSON()});
        pc.onnegotiationneeded = async () => {
            if (polite && !pc.currentRemoteDescription) {
                return; // the one called answers the caller's offer first: two first offers crossing can leave
                        // the rolled-back side without ICE candidates (Chromium), and the call never connects
            }
            try {
                makingOffer = true;
                await pc.setLocalDescription();
                signal({description: pc.localDescription.toJSON()});
            } catch (e) {
                problem('failed', true);
            } finally {
                makingOffer = false;
            }
        };
        pc.onconnectionstatechange = watchConnection;
        pc.oniceconnectionstatechange = watchConnection;
        connectedOnce = false;
        watchSetUp(pc);
        const waiting = pending.filter(s => s.call === call.id); // the caller's offer may come before our answer's reply
        pending = [];
        waiting.forEach(s => handleInTurn(s.signal));
        quality();
    }

    function handleInTurn(message) {
        handling = handling.then(() => handle(message));
    }

    async function handle(message) {
        if (!pc) {
            return;
        }
        try {
            if (message.description) {
                const description = message.description;
                const readyForOffer = !makingOffer && (pc.signalingState === 'stable' || settingRemoteAnswer);
                ignoreOffer = !polite && description.type === 'offer' && !readyForOffer;
                if (ignoreOffer) {
                    return;
                }
                settingRemoteAnswer = description.type === 'answer';
                await pc.setRemoteDescription(description);
                settingRemoteAnswer = false;
                if (description.type === 'offer') {
                    await pc.setLocalDescription();
                    signal({description: pc.localDescription.toJSON()});
                }
            } else if (message.candidate) {
                try {
                    await pc.addIceCandidate(message.candidate);
                } catch (e) {
                    if (!ignoreOffer) {
                        throw e;
                    }
                }
            }
        } catch (e) {
            console.warn('call: a signal could not be used', e.name);
            problem('failed', true);
        }
    }

    // A connection that never comes up (no route between the two, an ICE agent that found nothing): the caller
    // restarts ICE once, and after that the call fails and offers to call again, rather than connecting for ever.
    function watchSetUp(peer) {
        const connecting = () => pc === peer && !connectedOnce;
        setTimeout(() => connecting() && !polite && peer.signalingState === 'stable' && peer.restartIce(), SET_UP_RETRY_MS);
        setTimeout(() => connecting() && problem('failed', true), SET_UP_GIVE_UP_MS);
    }

    // Connected, a short drop (ICE restart), or gone for good: the call ends and offers to call again.
    function watchConnection() {
        if (!pc) {
            return;
        }
        const connection = pc.connectionState;
        const iceState = pc.iceConnectionState;
        if (connection === 'connected' || iceState === 'connected' || iceState === 'completed') {
            if (!connectedOnce && call) {
                send('POST', `${api}/calls/${call.id}/connected`); // only from now on is the call talked, not failed
            }
            connectedOnce = true;
            droppedAt = 0;
            clearTimeout(dropTimer);
            if (state() !== 'connected') {
                status(format(text('connected'), call?.other || text('someone')));
            }
            setState('connected');
        } else if (connection === 'failed' || iceState === 'disconnected' || iceState === 'failed') {
            if (!droppedAt) {
                droppedAt = Date.now();
                status(text('reconnecting'));
                dropTimer = setTimeout(() => pc && pc.iceConnectionState !== 'connected' && pc.restartIce(), RESTART_AFTER_MS);
                setTimeout(() => {
                    if (droppedAt && Date.now() - droppedAt >= GIVE_UP_AFTER_MS && call) {
                        hangUp('lost');
                        setState('failed');
                    }
                }, GIVE_UP_AFTER_MS);
            }
        }
    }

    function signal(message) {
        const to = call;
        sending = sending.then(async () => {
            if (!to || call !== to) {
                return;
            }
            const response = await send('POST', `${api}/calls/${to.id}/signals`, message);
            if (response.status === 404 && call === to) {
                ended('ended');
            }
        });
    }

    // Devices: what the browser, the LMS's frame and the person allow, explained when it is not enough.
    function supported(kind) {
        if (!window.RTCPeerConnection || !navigator.mediaDevices?.getUserMedia) {
            problem('noWebrtc');
            return false;
        }
        const policy = document.permissionsPolicy || document.featurePolicy;
        const feature = kind === 'video' ? 'camera' : 'microphone';
        if (policy && !policy.allowsFeature(feature)) {
            problem('frameBlocked', false, true);
            return false;
        }
        return true;
    }

    async function openDevices(kind) {
        try {
            localStream = await navigator.mediaDevices.getUserMedia({audio: true, video: kind === 'video'});
            const local = el('call-local');
            local.srcObject = localStream;
            local.hidden = kind !== 'video';
            el('call-camera').hidden = kind !== 'video';
            el('call-voice-only').hidden = kind !== 'video';
            return true;
        } catch (e) {
            const missing = e.name === 'NotFoundError' || e.name === 'OverconstrainedError';
            problem(e.name === 'NotAllowedError' || e.name === 'SecurityError'
                ? (kind === 'video' ? 'cameraRefused' : 'microphoneRefused')
                : missing ? (kind === 'video' ? 'noCamera' : 'noMicrophone') : 'noDevices');
            show('call-offer-voice', kind === 'video');
            if (call) {
                await send('POST', `${api}/calls/${call.id}/${call.direction === 'incoming' ? 'decline' : 'hangup'}`);
                call = null;
            }
            return false;
        }
    }

    function stopDevices() {
        localStream?.getTracks().forEach(track => track.stop());
        localStream = null;
        ['call-local', 'call-remote'].map(el).filter(Boolean).forEach(video => video.srcObject = null);
    }

    function closePeer() {
        clearTimeout(dropTimer);
        droppedAt = 0;
        if (pc) {
            pc.onicecandidate = pc.ontrack = pc.onnegotiationneeded = null;
            pc.onconnectionstatechange = pc.oniceconnectionstatechange = null;
            pc.close();
            pc = null;
        }
    }

    function toggleMute(event) {
        const audio = localStream?.getAudioTracks()[0];
        if (audio) {
            audio.enabled = !audio.enabled;
            event.currentTarget.setAttribute('aria-pressed', String(!audio.enabled));
            announce(text(audio.enabled ? 'unmuted' : 'muted'));
        }
    }

    function toggleCamera(event) {
        const video = localStream?.getVideoTracks()[0];
        if (video) {
            video.enabled = !video.enabled;
            event.currentTarget.setAttribute('aria-pressed', String(!video.enabled));
            announce(text(video.enabled ? 'cameraOn' : 'cameraOff'));
        }
    }

    // From video to voice: the camera is switched off and released; the other side sees no picture.
    async function voiceOnly() {
        const video = localStream?.getVideoTracks()[0];
        if (!video || !pc) {
            return;
        }
        const sender = pc.getSenders().find(s => s.track === video);
        await sender?.replaceTrack(null);
        video.stop();
        localStream.removeTrack(video);
        root.dataset.callKind = 'voice';
        announce(text('voiceOnlyNow'));
    }

    // The same page in a window of its own, signed in by a one-time ticket: where the LMS's frame keeps the
    // camera and microphone from the tool.
    async function openInNewWindow() {
        const opened = window.open('', '_blank');
        const response = await send('POST', `${api}/new-window`);
        if (opened && response.ok) {
            opened.opener = null;
            opened.location.href = (await response.json()).href;
        } else {
            opened?.close();
        }
    }

    // A plain quality indicator from the connection's round trip and lost packets. Talking is a person's
    // doing too: while connected, the page tells the server every few minutes, so a long call never
    // lets the session run out (polls alone do not keep it).
    async function quality() {
        const label = el('call-quality');
        let toldAt = Date.now();
        while (pc) {
            if (state() === 'connected' && Date.now() - toldAt > KEEP_SESSION_MS) {
                toldAt = Date.now();
                fetch(root.dataset.ping, {method: 'POST', credentials: 'same-origin'}).catch(() => {});
            }
            const now = await stats();
            if (pc && now.state === 'connected') {
                const level = now.lossRatio > 0.08 || now.roundTripMs > 600 ? 'poor'
                    : now.lossRatio > 0.02 || now.roundTripMs > 250 ? 'fair' : 'good';
                label.dataset.quality = level;
                label.textContent = text('quality') + ' ' + text('quality' + level[0].toUpperCase() + level.slice(1));
            }
            await pause(2000);
        }
        label.textContent = '';
    }

    /** What tests and the quality indicator read: from RTCPeerConnection.getStats(). */
    async function stats() {
        const result = {state: state(), framesDecoded: 0, audioBytesReceived: 0, localCandidateType: null,
            roundTripMs: 0, lossRatio: 0};
        if (!pc) {
            return result;
        }
        const report = await pc.getStats();
        let pair = null;
        let received = 0;
        let lost = 0;
        report.forEach(stat => {
            if (stat.type === 'inbound-rtp' && stat.kind === 'video') {
                result.framesDecoded += stat.framesDecoded || 0;
            }
            if (stat.type === 'inbound-rtp' && stat.kind === 'audio') {
                result.audioBytesReceived += stat.bytesReceived || 0;
            }
            if (stat.type === 'inbound-rtp') {
                received += stat.packetsReceived || 0;
                lost += Math.max(0, stat.packetsLost || 0);
            }
            if (stat.type === 'transport' && stat.selectedCandidatePairId) {
                pair = report.get(stat.selectedCandidatePairId);
            }
            if (!pair && stat.type === 'candidate-pair' && stat.state === 'succeeded' && stat.nominated) {
                pair = stat;
            }
        });
        if (pair) {
            result.localCandidateType = report.get(pair.localCandidateId)?.candidateType || null;
            result.roundTripMs = Math.round((pair.currentRoundTripTime || 0) * 1000);
        }
        result.lossRatio = received + lost ? lost / (received + lost) : 0;
        return result;
    }

    function problem(key, failed = false, newWindow = false) {
        showProblem(text(key));
        show('call-new-window', newWindow);
        if (failed && call) {
            hangUp(''); // the problem says why, with what to do; the status line would only repeat it
            setState('failed');
        } else if (!call) {
            setState(state() === 'calling' ? 'idle' : state());
        }
    }

    function showProblem(message) {
        show('call-problem', Boolean(message));
        const line = el('call-problem-text');
        if (line) {
            line.textContent = message;
        }
        if (!message) {
            show('call-offer-voice', false);
            show('call-new-window', false);
        }
    }

    async function refused(response) {
        let message = text('failed');
        try {
            message = (await response.json()).message || message;
        } catch (notJson) {
            // the text above
        }
        call = null;
        showProblem(message);
        setState('idle');
    }

    function setState(value) {
        root.dataset.callState = value;
        root.classList.toggle('rk-call-active', ['calling', 'ringing', 'connecting', 'connected'].includes(value));
        const live = ['calling', 'connecting', 'connected'].includes(value);
        show('call-live', live);
        show('call-incoming', value === 'ringing');
        show('call-status', value !== 'idle' && value !== 'ringing');
        document.querySelectorAll('[data-call-start]').forEach(button => button.disabled = live || value === 'ringing');
        show('call-again', conversation && (value === 'ended' || value === 'failed'));
        if (value === 'ringing') {
            el('call-incoming').querySelector('[data-call-answer]')?.focus();
        }
    }

    function show(id, visible) {
        const element = el(id);
        if (element) {
            element.hidden = !visible;
        }
    }

    function state() {
        return root.dataset.callState;
    }

    // A soft two-tone ring while a call rings here; screen readers hear the alert's text.
    function startRingTone() {
        try {
            const audio = new AudioContext();
            const gain = audio.createGain();
            gain.gain.value = 0.05;
            gain.connect(audio.destination);
            const beep = () => {
                [440, 480].forEach(frequency => {
                    const tone = audio.createOscillator();
                    tone.frequency.value = frequency;
                    tone.connect(gain);
                    tone.start();
                    tone.stop(audio.currentTime + 1);
                });
            };
            beep();
            ringTone = {audio, timer: setInterval(beep, 3000)};
        } catch (e) {
            ringTone = null; // no sound here; the alert and the buttons still show
        }
    }

    function stopRingTone() {
        if (ringTone) {
            clearInterval(ringTone.timer);
            ringTone.audio.close();
            ringTone = null;
        }
    }

    function announce(message) {
        el('call-announce').textContent = message;
    }

    function status(message) {
        const line = el('call-status');
        if (line) {
            line.textContent = message;
        }
    }

    function send(method, url, body) {
        return fetch(url, {
            method, credentials: 'same-origin', cache: 'no-store',
            headers: body ? {'Content-Type': 'application/json', 'Accept': 'application/json'} : {'Accept': 'application/json'},
            body: body ? JSON.stringify(body) : undefined
        }).catch(() => ({ok: false, status: 0, json: async () => ({})}));
    }

    function on(id, type, handler) {
        el(id)?.addEventListener(type, handler);
    }

    function format(template, value) {
        return template.replace('{0}', value);
    }

    function pause(ms) {
        return new Promise(resolve => setTimeout(resolve, ms));
    }
}
