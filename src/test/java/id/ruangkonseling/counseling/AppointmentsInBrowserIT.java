package id.ruangkonseling.counseling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.Browser;
import id.ruangkonseling.testing.FacesForm;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SchoolPeople;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestPlatform;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * In a real Chromium, from demo launches: a counselor at a laptop publishes a weekly time, a student on a
 * phone books it, moves it and cancels it with a reason, and the counselor reads why — with screenshots
 * of both pages at 360 and 1280 px.
 */
@ExtendWith(SharedServer.class)
class AppointmentsInBrowserIT {

    private static final String COUNSELOR = "/dev/launch?as=counselor&user=Bu%20Jadwal";
    private static final String STUDENT = "/dev/launch?as=student&user=Wayan%20Janji";
    private static final String COUNSELOR_PAGE = "/counselor/availability";
    private static final String STUDENT_PAGE = "/student/appointments";
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aCounselorPublishesATimeAndAStudentOnAPhoneBooksMovesAndCancelsIt(PayaraMicro tool) {
        LocalDateTime soon = LocalDateTime.now(ZoneId.of("Asia/Jakarta")).plusHours(2).truncatedTo(ChronoUnit.HOURS);
        WebDriver laptop = openAt(browser.open(1280, 900, "id"), tool, COUNSELOR);
        Browser.navigate(laptop, By.id("appointments-link"));
        scrollTo(laptop, By.id("slot"));
        browser.screenshot("appointments-availability-form-id-1280");
        new Select(laptop.findElement(By.id("slot:day"))).selectByValue(soon.getDayOfWeek().name());
        ((JavascriptExecutor) laptop).executeScript("arguments[0].value = arguments[1];",
                laptop.findElement(By.id("slot:start")), String.format("%02d:00", soon.getHour()));
        new Select(laptop.findElement(By.id("slot:length"))).selectByValue("45");
        laptop.findElement(By.xpath("//input[@name='slot:modes' and @value='VIDEO']")).click();
        laptop.findElement(By.xpath("//input[@name='slot:modes' and @value='FACE_TO_FACE']")).click();
        Browser.navigate(laptop, By.id("slot:add"));
        assertTrue(laptop.findElement(By.id("messages")).getText().contains("Waktu baru ditambahkan"));
        Browser.waitFor(laptop, By.cssSelector("#week .rk-slot-free"));
        browser.screenshot("appointments-availability-id-1280");

        WebDriver phone = openAt(browser.open(360, 740, "id"), tool, STUDENT);
        Browser.navigate(phone, By.id("appointments-link"));
        browser.assertNoHorizontalScrolling();
        browser.screenshot("appointments-student-id-360");
        WebElement firstTime = phone.findElement(By.xpath("//li[contains(@class, 'rk-time') and contains(., 'Bu Jadwal')]"));
        new Select(firstTime.findElement(By.tagName("select"))).selectByVisibleText("tatap muka di sekolah");
        Browser.navigate(phone, By.xpath("//li[contains(@class, 'rk-time') and contains(., 'Bu Jadwal')]//input[@value='Buat janji']"));
        assertTrue(phone.findElement(By.id("messages")).getText().contains("Janji temu dibuat"));
        assertTrue(phone.findElement(By.id("my-appointments")).getText().contains("tatap muka di sekolah"));
        browser.assertNoHorizontalScrolling();
        browser.screenshot("appointments-student-booked-id-360");

        phone.findElement(By.id("mine:0:change:reason")).sendKeys("Ada latihan paduan suara.");
        new Select(phone.findElement(By.name("target"))).selectByIndex(1);
        Browser.navigate(phone, By.id("mine:0:change:reschedule"));
        assertTrue(phone.findElement(By.id("messages")).getText().contains("Janji temu dipindah"));
        assertTrue(phone.findElement(By.id("my-appointments")).getText().contains("sudah dipindah"));
        browser.screenshot("appointments-student-moved-id-360");

        phone.findElement(By.id("mine:0:change:reason")).sendKeys("Sudah bicara dengan wali kelas.");
        Browser.navigate(phone, By.id("mine:0:change:cancel"));
        assertTrue(phone.findElement(By.id("messages")).getText().contains("Janji temu dibatalkan"));
        assertFalse(phone.findElements(By.id("mine:0:change:cancel")).iterator().hasNext(), "nothing left to cancel");
        browser.screenshot("appointments-student-cancelled-id-360");

        WebDriver counselorPhone = openAt(browser.open(360, 740, "id"), tool, COUNSELOR);
        Browser.navigate(counselorPhone, By.id("appointments-link"));
        assertTrue(counselorPhone.findElement(By.id("my-appointments")).getText()
                .contains("Dibatalkan oleh siswa: Sudah bicara dengan wali kelas."));
        browser.assertNoHorizontalScrolling();
        browser.screenshot("appointments-availability-id-360");
        scrollTo(counselorPhone, By.id("my-appointments"));
        browser.screenshot("appointments-availability-cancelled-id-360");

        WebDriver studentLaptop = openAt(browser.open(1280, 900, "id"), tool, STUDENT);
        Browser.navigate(studentLaptop, By.id("appointments-link"));
        assertTrue(studentLaptop.findElement(By.id("my-appointments")).getText().contains("dibatalkan"));
        browser.screenshot("appointments-student-id-1280");
    }

    @Test
    void aBookingNextMondayIsInNextWeeksCalendarOnMondayAndLastWeeksTimesAreNotFreeInBothLanguages(
            PayaraMicro tool, DataSource database, TestPlatform school) {
        SchoolPeople people = new SchoolPeople(tool, database, school);
        Http counselor = people.counselor("cal-bk", "Bu Kalender");
        LocalDate nextMonday = LocalDate.now(JAKARTA).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        publishMondayAtTen(counselor);
        bookNextMondayAtTen(people.student("cal-siswa", "Ketut Senin"), nextMonday);

        for (String language : List.of("id", "en")) {
            for (int width : List.of(1280, 360)) {
                WebDriver page = browser.open(width, width == 360 ? 740 : 900, language);
                Browser.openAs(page, tool, counselor, "/counselor/availability?week=1");
                WebElement booked = Browser.waitFor(page, By.cssSelector("#week .rk-slot-booked"));
                assertTrue(booked.getText().contains("Ketut Senin"), booked.getText());
                assertEquals(nextMonday.toString(), dayOf(page, booked), language + " " + width + ": on next Monday");
                assertEquals(List.of(), freeTimesOn(page, nextMonday), "a booked time is not also free");
                assertEquals(nextMonday.toString(), firstDayShown(page), language + " " + width + ": the week starts on Monday");
                assertEquals("rgb(15, 94, 115) rgb(255, 255, 255)", coloursOf(page, booked), "the product's accent, white text");
                assertNothingCut(page, language + " " + width);
                browser.assertNoHorizontalScrolling();
                scrollTo(page, booked);
                browser.screenshot("availability-next-week-" + language + "-" + width);
            }
            WebDriver page = browser.open(1280, 900, language);
            Browser.openAs(page, tool, counselor, "/counselor/availability?week=-1");
            scrollTo(page, Browser.waitFor(page, By.cssSelector("#week .rk-slot-past")));
            assertEquals(0, page.findElements(By.cssSelector("#week .rk-slot-free")).size(), "last week has no free time");
            browser.screenshot("availability-last-week-" + language + "-1280");
        }
    }

    /** The day an event of the calendar is on, as the column or the list it stands in says. */
    private static String dayOf(WebDriver page, WebElement event) {
        return (String) ((JavascriptExecutor) page).executeScript("""
                const day = arguments[0].closest('[data-date]');
                if (day) {
                  return day.dataset.date;
                }
                let row = arguments[0].closest('tr');
                while (row && !row.matches('.fc-list-day')) {
                  row = row.previousElementSibling;
                }
                return row ? row.dataset.date : null;""", event);
    }

    /** The free times shown on that day. */
    private static List<WebElement> freeTimesOn(WebDriver page, LocalDate day) {
        return page.findElements(By.cssSelector("#week .rk-slot-free")).stream()
                .filter(free -> day.toString().equals(dayOf(page, free))).toList();
    }

    /** The first day the calendar shows: its first column, or where its list's week starts. */
    private static String firstDayShown(WebDriver page) {
        return (String) ((JavascriptExecutor) page).executeScript("""
                const column = document.querySelector('#week .fc-col-header-cell[data-date]');
                if (column) {
                  return column.dataset.date;
                }
                const calendar = PrimeFaces.widgets['widget_week'].calendar;
                return calendar.formatIso(calendar.view.currentStart, true);""");
    }

    /** The fill and the text colour an event is shown in (in a list, its row's). */
    private static String coloursOf(WebDriver page, WebElement event) {
        return (String) ((JavascriptExecutor) page).executeScript("""
                const shown = getComputedStyle(arguments[0].matches('tr') ? arguments[0].lastElementChild : arguments[0]);
                return shown.backgroundColor + ' ' + shown.color;""", event);
    }

    /** Fails when a day's heading or an event's text is cut, or the calendar scrolls inside itself. */
    @SuppressWarnings("unchecked")
    private static void assertNothingCut(WebDriver page, String where) {
        List<String> cut = (List<String>) ((JavascriptExecutor) page).executeScript("""
                const cut = [];
                const calendar = document.querySelector('#week');
                const frame = calendar.getBoundingClientRect();
                if (calendar.scrollWidth > calendar.clientWidth + 1) {
                  cut.push('the calendar scrolls sideways');
                }
                for (const e of calendar.querySelectorAll('.fc-col-header-cell-cushion, .fc-event-title, .fc-event-time,'
                    + ' .fc-list-event-title, .fc-list-event-time, .fc-list-day-text')) {
                  const box = e.getBoundingClientRect();
                  if (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1) {
                    cut.push('cut: ' + e.textContent);
                  }
                  if (box.right > frame.right + 1 || box.left < frame.left - 1) {
                    cut.push('outside: ' + e.textContent);
                  }
                }
                const heads = [...calendar.querySelectorAll('.fc-col-header-cell-cushion')].map(e => e.getBoundingClientRect());
                for (let i = 1; i < heads.length; i++) {
                  if (heads[i].left < heads[i - 1].right) {
                    cut.push('headings overlap');
                  }
                }
                return cut;""");
        assertEquals(List.of(), cut, where);
    }

    /** The counselor offers Mondays at 10:00 for an hour, by video. */
    private static void publishMondayAtTen(Http counselor) {
        HttpResponse<String> added = FacesForm.submit(counselor, COUNSELOR_PAGE, counselor.get(COUNSELOR_PAGE), "slot", "slot:add",
                Map.of("slot:day", "MONDAY", "slot:start", "10:00", "slot:length", "60", "slot:modes", "VIDEO"));
        assertEquals(302, added.statusCode(), added.body());
    }

    /** The student books next Monday's 10:00 (not this week's, should today be a Monday before ten). */
    private static void bookNextMondayAtTen(Http student, LocalDate nextMonday) {
        HttpResponse<String> page = student.get(STUDENT_PAGE);
        long start = nextMonday.atTime(10, 0).atZone(JAKARTA).toEpochSecond();
        Matcher choice = Pattern.compile("<option value=\"(\\d+@" + start + "~VIDEO)\"").matcher(page.body());
        assertTrue(choice.find(), page.body());
        HttpResponse<String> booked = FacesForm.submit(student, STUDENT_PAGE, page, "days:0:times:0:time",
                "days:0:times:0:time:book", Map.of("choice", choice.group(1)));
        assertEquals(302, booked.statusCode(), booked.body());
        assertTrue(student.get(STUDENT_PAGE).body().contains("Janji temu dibuat"), "booked");
    }

    private static WebDriver openAt(WebDriver page, PayaraMicro tool, String launch) {
        page.get(tool.uri(launch).toString());
        Browser.waitFor(page, By.id("greeting"));
        return page;
    }

    private static void scrollTo(WebDriver page, By element) {
        ((JavascriptExecutor) page).executeScript("arguments[0].scrollIntoView();", page.findElement(element));
    }

    /** Scrolls the element to the middle of the window, for a screenshot that shows what is around it. */
    private static void scrollTo(WebDriver page, WebElement element) {
        ((JavascriptExecutor) page).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

}
