// After a form comes back refused, the focus goes to its first field in error: a screen reader then reads
// the field's label, that it is invalid and (aria-describedby) the message why, and the keys are right there.
// On "load", after the page's widgets have set themselves up. A field inside a PrimeFaces table that
// reflows on a phone is not focusable until the table's widget shows it (it starts "visibility: hidden"),
// so the focus is tried again for a moment — never once the person has put the focus somewhere themselves.
window.addEventListener('load', function () {
    'use strict';
    var invalid = document.querySelector('[aria-invalid="true"]');
    if (!invalid) {
        return;
    }
    var field = invalid.matches('input, select, textarea') ? invalid : invalid.querySelector('input, select, textarea');
    var tries = 40; // 40 × 50 ms
    (function focus() {
        if (!field || (document.activeElement && document.activeElement !== document.body)) {
            return;
        }
        field.focus();
        if (document.activeElement !== field && --tries > 0) {
            window.setTimeout(focus, 50);
        }
    })();
});
