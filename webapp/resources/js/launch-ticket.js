/*
 * A launch's redirect carries a one-time ticket in the fragment (#rk-ticket=...). It is taken out of
 * the address at once; if this page says the person is not signed in (the LMS's iframe kept no cookie),
 * it becomes the link that opens Ruang Konseling in a window of its own, where the ticket signs them in.
 */
(function () {
    'use strict';
    var ticket = /(?:^#|&)rk-ticket=([A-Za-z0-9_-]+)/.exec(window.location.hash);
    if (!ticket) {
        return;
    }
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    var offer = document.getElementById('new-window');
    var link = document.getElementById('new-window-link');
    if (offer && link) {
        link.href = link.getAttribute('data-resume') + '?ticket=' + ticket[1];
        offer.hidden = false;
    }
})();
