package id.ruangkonseling.call;

import static id.ruangkonseling.call.CallInBrowserIT.MEDIA;
import static id.ruangkonseling.call.CallInBrowserIT.awaitReady;
import static id.ruangkonseling.call.CallInBrowserIT.awaitState;

import id.ruangkonseling.testing.Browser;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestPlatform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.HasCapabilities;
import org.openqa.selenium.WebDriver;

/**
 * A benchmark, not a test (its name keeps it out of {@code mvn verify}): ten video calls between two headless
 * Chromium on this machine, printing the time from pressing "answer" to both sides connected (median and
 * each), and each browser's CPU (its whole process tree, in % of one core) over ten seconds of one call.
 * Run it with {@code mvn verify -Dit.test=CallTimings -Dtest=NoSuch -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@ExtendWith(SharedServer.class)
class CallTimings {

    private static final int CALLS = 10;
    private static final Duration CPU_WINDOW = Duration.ofSeconds(10);
    private static final double TICKS_PER_SECOND = 100; // USER_HZ on Linux

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void answerToConnectedAndCpuDuringACall(PayaraMicro tool, DataSource database, TestPlatform school) throws Exception {
        CallInBrowserIT.Talking people = CallInBrowserIT.talking(tool, database, school, "bench", "Bena Ukur", "Bu Ukur");
        WebDriver counselor = browser.open(1280, 900, "id", MEDIA);
        WebDriver student = browser.open(1280, 900, "id", MEDIA);
        List<Long> millis = new ArrayList<>();
        String cpu = "";
        for (int call = 0; call < CALLS; call++) {
            Browser.openAs(counselor, tool, people.counselor(), "/counselor/conversation?id=" + people.conversation());
            Browser.openAs(student, tool, people.student(), "/student/conversation?id=" + people.conversation());
            awaitReady(counselor);
            awaitReady(student);
            counselor.findElement(By.cssSelector("[data-call-start='video']")).click();
            awaitState(student, "ringing", Duration.ofSeconds(10));
            long answered = System.nanoTime();
            student.findElement(By.cssSelector("[data-call-answer]")).click();
            awaitState(student, "connected", Duration.ofSeconds(30));
            awaitState(counselor, "connected", Duration.ofSeconds(30));
            millis.add((System.nanoTime() - answered) / 1_000_000);
            if (call == 0) {
                cpu = "student " + cpuPercent(student) + " %, counselor " + cpuPercent(counselor) + " % of one core";
            }
            counselor.findElement(By.cssSelector("[data-call-hangup]")).click();
            awaitState(student, "ended", Duration.ofSeconds(10));
        }
        List<Long> sorted = millis.stream().sorted().toList();
        System.out.printf("CallTimings: answer → both connected, median %d ms over %d calls %s; CPU during a call: %s%n",
                (sorted.get(CALLS / 2 - 1) + sorted.get(CALLS / 2)) / 2, CALLS, millis, cpu);
    }

    /** The browser's process tree's CPU over {@link #CPU_WINDOW}, in % of one core. */
    private static long cpuPercent(WebDriver page) throws IOException, InterruptedException {
        long root = ((Number) ((HasCapabilities) page).getCapabilities().getCapability("goog:processID")).longValue();
        long before = ticks(root);
        long start = System.nanoTime();
        Thread.sleep(CPU_WINDOW); // a measurement window, not synchronization
        long after = ticks(root);
        double seconds = (System.nanoTime() - start) / 1e9;
        return Math.round((after - before) / TICKS_PER_SECOND / seconds * 100);
    }

    /** User and system ticks of a process and all its descendants, from /proc. */
    private static long ticks(long root) throws IOException {
        List<long[]> processes = new ArrayList<>(); // pid, ppid, ticks
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            for (Path entry : entries.filter(path -> path.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String stat = Files.readString(entry.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    processes.add(new long[] {Long.parseLong(entry.getFileName().toString()), Long.parseLong(fields[1]),
                            Long.parseLong(fields[11]) + Long.parseLong(fields[12])});
                } catch (IOException gone) {
                    // the process ended while we looked
                }
            }
        }
        List<Long> tree = new ArrayList<>(List.of(root));
        long sum = 0;
        for (int i = 0; i < tree.size(); i++) {
            long pid = tree.get(i);
            for (long[] process : processes) {
                if (process[0] == pid) {
                    sum += process[2];
                }
                if (process[1] == pid) {
                    tree.add(process[0]);
                }
            }
        }
        return sum;
    }
}
