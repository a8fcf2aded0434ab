/*
 * Keeps the counseling request form's draft on the server as the student types (a second after the
 * last change), so that nothing is lost when the session times out or the tab closes. Nothing is kept
 * in the browser: school computers are shared.
 */
(function () {
    'use strict';
    var form = document.getElementById('request');
    var status = document.getElementById('draft-status');
    if (!form || !status || !window.fetch) {
        return;
    }
    var address = form.getAttribute('data-draft');
    var timer = null;

    function value(name) {
        var field = form.elements['request:' + name];
        if (!field) {
            return null;
        }
        if (field.length !== undefined && field.tagName === undefined) {
            for (var i = 0; i < field.length; i++) {
                if (field[i].checked) {
                    return field[i].value;
                }
            }
            return null;
        }
        return field.value || null;
    }

    function lower(text) {
        return text ? text.toLowerCase() : null;
    }

    function say(kind) {
        status.textContent = status.getAttribute('data-' + kind);
    }

    function save() {
        var draft = {
            field: lower(value('field')), about: value('about'), urgency: lower(value('urgency')),
            mode: lower(value('mode')), availability: value('availability')
        };
        fetch(address, {
            method: 'PUT', credentials: 'same-origin', headers: {'Content-Type': 'application/json'},
            body: JSON.stringify(draft)
        }).then(function (answer) {
            say(answer.ok ? 'saved' : answer.status === 401 ? 'signed-out' : 'offline');
        }, function () {
            say('offline');
        });
    }

    function later() {
        window.clearTimeout(timer);
        timer = window.setTimeout(save, 1000);
    }

    form.addEventListener('input', later);
    form.addEventListener('change', later);
})();
