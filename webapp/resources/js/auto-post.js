// Posts the demo platform's launch form at once, as an LMS does; the button is there without JavaScript.
document.getElementById("launch").submit();
