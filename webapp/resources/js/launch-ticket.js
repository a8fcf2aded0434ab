/*
 * A launch's redirect carries a one-time ticket in the fragment (#rk-ticket=...). It is taken out of
 * the address at once; if this page says the person is not signed in (the LMS's iframe kept no cookie),
 * it becomes the link that opens Ruang Konseling in a window of its own, where the ticket signs them in
 * (at this page, when it is one a link opens, such as a course's questionnaire; else at their home).
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
        var resume = link.getAttribute('data-resume');
        var base = resume.replace(/\/lti\/resume$/, '');
        var page = window.location.pathname.indexOf(base) === 0
            ? window.location.pathname.substring(base.length) + window.location.search : '';
        link.href = resume + '?ticket=' + ticket[1] + (page ? '&page=' + encodeURIComponent(page) : '');
        offer.hidden = false;
    }
})();
