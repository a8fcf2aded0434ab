/*
 * Keeps the student's needs-assessment answer on the server as a draft as they answer (a moment after each
 * change), and sends it when they press send (only a sent answer counts): nothing is kept in the browser, school computers are shared. A note that
 * worried us brings the card with the school's help contacts.
 */
(function () {
    'use strict';
    var form = document.getElementById('needs');
    var status = document.getElementById('needs-status');
    if (!form || !status || !window.fetch) {
        return;
    }
    var timer = null;

    function checked(name) {
        return Array.prototype.slice.call(form.querySelectorAll('input[name="' + name + '"]:checked'))
            .map(function (box) { return Number(box.value); });
    }

    function say(kind) {
        status.textContent = status.getAttribute('data-' + kind);
    }

    function showHelp(help) {
        var card = document.getElementById('needs-help');
        var title = document.createElement('h2');
        var text = document.createElement('p');
        var list = document.createElement('ul');
        title.textContent = help.title;
        text.textContent = help.text;
        (help.contacts || []).forEach(function (contact) {
            var line = document.createElement('li');
            var name = document.createElement('strong');
            name.textContent = contact.name;
            line.append(name, ': ', contact.reach);
            list.append(line);
        });
        card.replaceChildren(title, text, list);
        card.hidden = false;
    }

    function save(done) {
        window.clearTimeout(timer);
        var answer = {yes: checked('yes'), talk: checked('talk'), note: form.elements.note.value,
            unnamed: form.elements.unnamed.checked, send: done === 'sent'};
        fetch(form.getAttribute('data-api'), {
            method: 'PUT', credentials: 'same-origin', headers: {'Content-Type': 'application/json'},
            body: JSON.stringify(answer)
        }).then(function (response) {
            if (response.ok) {
                say(done);
                return response.json().then(function (saved) {
                    if (saved.help) {
                        showHelp(saved.help);
                    }
                });
            }
            say(response.status === 409 ? 'closed' : response.status === 401 ? 'signed-out' : 'offline');
        }, function () {
            say('offline');
        });
    }

    function later() {
        window.clearTimeout(timer);
        timer = window.setTimeout(function () { save('saved'); }, 800);
    }

    form.addEventListener('change', later);
    form.elements.note.addEventListener('input', later);
    form.addEventListener('submit', function (event) {
        event.preventDefault();
        save('sent');
    });
})();
