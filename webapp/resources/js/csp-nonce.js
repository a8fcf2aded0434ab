/*
 * PrimeFaces checks on every Faces form post that it carries the page's CSP nonce (primefaces.nonce), as
 * its own script adds it on pages with PrimeFaces components. Our pages need none of its script, so this
 * file adds the field: the nonce is the one this script element was given.
 */
(function () {
    'use strict';
    var nonce = document.currentScript && document.currentScript.nonce;
    if (!nonce) {
        return;
    }
    Array.prototype.forEach.call(document.forms, function (form) {
        if (form.method !== 'post' || !form.elements['jakarta.faces.ViewState']) {
            return;
        }
        var field = form.elements['primefaces.nonce'];
        if (!field) {
            field = document.createElement('input');
            field.type = 'hidden';
            field.name = 'primefaces.nonce';
            form.appendChild(field);
        }
        field.value = nonce;
    });
})();
