/*
 * The idle warning of a signed-in page: the session ends after RK_SESSION_IDLE_MINUTES without a request.
 * Shortly before, a banner offers "stay signed in", which asks the server (and so keeps the session);
 * once the time is up it says the session has ended and how to come back.
 */
(function () {
    'use strict';
    var banner = document.getElementById('session-warning');
    if (!banner) {
        return;
    }
    var warnAfter = parseInt(banner.getAttribute('data-warn-after'), 10) * 1000;
    var idle = parseInt(banner.getAttribute('data-idle'), 10) * 1000;
    var stay = document.getElementById('session-stay');
    var warning = document.getElementById('session-warning-text');
    var endedText = document.getElementById('session-ended-text');
    var warnTimer;
    var endTimer;

    function ended() {
        clearTimeout(warnTimer);
        clearTimeout(endTimer);
        warning.hidden = true;
        stay.hidden = true;
        endedText.hidden = false;
        banner.hidden = false;
    }

    function schedule() {
        clearTimeout(warnTimer);
        clearTimeout(endTimer);
        banner.hidden = true;
        warnTimer = setTimeout(function () { banner.hidden = false; }, warnAfter);
        endTimer = setTimeout(ended, idle);
    }

    stay.addEventListener('click', function () {
        fetch(banner.getAttribute('data-ping'), { method: 'POST', credentials: 'same-origin' })
            .then(function (answer) {
                if (answer.status === 204) {
                    schedule();
                } else {
                    ended();
                }
            })
            .catch(function () {
                // offline for a moment: the warning stays, and the button can be pressed again
            });
    });
    schedule();
})();
