// The counselor's week calendar (PrimeFaces' schedule, which is FullCalendar), set up as the school reads a
// week: Monday first in both languages, dates day before month and hours on the 24-hour clock (English as
// the product writes it, not FullCalendar's American English, whose week starts on Sunday). Seven columns of
// times leave a phone about 40 px a day, too narrow for a day's name or an event's text, so there the same
// week is a list by day; the calendar changes between the two when the window does.
window.rkWeekCalendar = function () {
    'use strict';
    var widget = this;
    var options = widget.cfg.options;
    var phone = window.matchMedia('(max-width: 40em)');
    var view = function () {
        return phone.matches ? 'listWeek' : 'timeGridWeek';
    };
    if (document.documentElement.lang === 'en') {
        options.locale = 'en-gb';
    }
    options.firstDay = 1;
    options.initialView = view();
    options.dayHeaderFormat = {weekday: 'short', day: 'numeric', omitCommas: true};
    options.slotLabelFormat = {hour: '2-digit', minute: '2-digit', hour12: false};
    options.eventTimeFormat = options.slotLabelFormat; // "09.30" in Indonesian, as the rest of the page writes it
    options.listDayFormat = {weekday: 'long', day: 'numeric', month: 'long'};
    options.listDaySideFormat = false;
    options.noEventsText = document.getElementById(widget.id).closest('form').dataset.empty;
    options.windowResize = function () {
        if (widget.calendar.view.type !== view()) {
            widget.calendar.changeView(view());
        }
    };
};
