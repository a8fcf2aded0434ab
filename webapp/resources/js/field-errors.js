// After a form comes back refused, the focus goes to its first field in error: a screen reader then reads
// the field's label, that it is invalid and (aria-describedby) the message why, and the keys are right there.
// On "load", after the page's widgets have set themselves up.
window.addEventListener('load', function () {
    'use strict';
    var invalid = document.querySelector('[aria-invalid="true"]');
    if (!invalid) {
        return;
    }
    var field = invalid.matches('input, select, textarea') ? invalid : invalid.querySelector('input, select, textarea');
    if (field) {
        field.focus();
    }
});
