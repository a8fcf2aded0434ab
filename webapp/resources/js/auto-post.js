// Posts a form marked data-rk-auto-post at once, as an LMS does (a launch, a Deep Linking response);
// each such form has a visible button for browsers without JavaScript.
document.querySelectorAll("form[data-rk-auto-post]").forEach(function (form) { form.submit(); });
