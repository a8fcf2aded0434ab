package id.ruangkonseling.call;

import static id.ruangkonseling.call.CallInBrowserIT.MEDIA;
import static id.ruangkonseling.call.CallInBrowserIT.awaitReady;
import static id.ruangkonseling.call.CallInBrowserIT.awaitState;
import static id.ruangkonseling.call.CallInBrowserIT.callAndAnswer;
import static id.ruangkonseling.call.CallInBrowserIT.stats;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.ruangkonseling.testing.Browser;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.TurnServer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * A school that keeps its student's and counselor's network addresses from each other
 * ({@code RK_ICE_TRANSPORT=relay}) with its own coturn: a student and a counselor, signed in through the demo,
 * hold a video call that connects, and on both sides the candidate in use is a relayed one.
 */
class RelayCallIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void withRelayOnlyTheCallConnectsThroughTheTurnServerOnBothSides() {
        try (TurnServer turn = TurnServer.start()) {
            Map<String, String> settings = new HashMap<>(turn.relayOnly());
            settings.put("RK_DEMO", "true");
            try (PayaraMicro tool = PayaraMicro.start("it-relay", settings)) {
                WebDriver student = browser.open(1280, 900, "id", MEDIA);
                Browser.demoLaunch(student, tool, "student", "Rina Relay");
                Browser.navigate(student, By.id("new-request"));
                new Select(student.findElement(By.id("request:field"))).selectByVisibleText("pribadi (perasaan, diri sendiri)");
                student.findElement(By.id("request:about")).sendKeys("Saya ingin bicara lewat video.");
                student.findElement(By.xpath("//input[@name='request:urgency' and @value='SOON']")).click();
                student.findElement(By.xpath("//input[@name='request:mode' and @value='VIDEO']")).click();
                student.findElement(By.id("request:acknowledged")).click();
                Browser.navigate(student, By.id("request:send"));

                WebDriver counselor = browser.open(1280, 900, "id", MEDIA);
                Browser.demoLaunch(counselor, tool, "counselor", "Bu Relay");
                Browser.navigate(counselor, By.xpath("//tr[contains(., 'Rina Relay')]//input[@value='Tangani']"));
                Browser.navigate(counselor, By.xpath("//form[@id='cases']//tr[contains(., 'Rina Relay')]//a[contains(@class, 'rk-chat-link')]"));
                Browser.navigate(student, By.xpath("//ul[@id='my-requests']/li[1]//a[contains(@class, 'rk-chat-link')]"));
                awaitReady(student);
                awaitReady(counselor);

                callAndAnswer(counselor, student, "video");
                awaitState(student, "connected", Duration.ofSeconds(30));
                awaitState(counselor, "connected", Duration.ofSeconds(30));
                assertEquals("relay", stats(student).get("localCandidateType"), "the student's side goes through the relay");
                assertEquals("relay", stats(counselor).get("localCandidateType"), "the counselor's side too");
                counselor.findElement(By.cssSelector("[data-call-hangup]")).click();
                awaitState(student, "ended", Duration.ofSeconds(10));
            }
        }
    }
}
