// LTI Dynamic Registration 1.0: tell the LMS page that opened the registration that it is finished,
// so it can close the registration window and show the new tool.
(function () {
    var target = window.opener || window.parent;
    if (target && target !== window) {
        target.postMessage({ subject: "org.imsglobal.lti.close" }, "*");
    }
})();
