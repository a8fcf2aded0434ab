package id.ruangkonseling.operator.boundary;

import id.ruangkonseling.lti.control.ToolKeys.KeyState;
import id.ruangkonseling.lti.control.ToolKeys;
import id.ruangkonseling.platform.boundary.PageText;
import id.ruangkonseling.platform.boundary.PageTime;
import id.ruangkonseling.platform.control.DataRotation.Survey;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs {@code /operator/keys}: the tool's signing keys, which platforms trust, and a way to add a new
 * one (rotation). The new key is published at once and signs an hour later; older keys then retire.
 * Below them the data-encryption keys: how much each one encrypts, and re-encryption under the current one.
 */
@Named
@RequestScoped
public class SigningKeysPage {


    @Inject
    OperatorConsole console;

    private List<KeyState> keys;
    private Survey dataKeys;

    @PostConstruct
    void load() {
        keys = console.signingKeys();
        dataKeys = console.dataKeys();
    }

    /** Re-encrypts everything under the current data key (rotation, or text from before encryption). */
    public void reencrypt() throws IOException {
        int rewritten = console.reencryptData();
        Messages.addFlashGlobalInfo(PageText.of("operator.dataKeys.reencrypted", rewritten));
        Faces.redirect("operator/keys");
    }

    public Survey getDataKeys() {
        return dataKeys;
    }

    /** The survey's counts as rows for the table: key id (or "plain") and how many values. */
    public List<java.util.Map.Entry<String, Long>> getDataKeyCounts() {
        return List.copyOf(dataKeys.valuesByKey().entrySet());
    }

    public void rotate() throws IOException {
        console.rotateSigningKey();
        Messages.addFlashGlobalInfo(PageText.of("operator.keys.rotated"));
        Faces.redirect("operator/keys");
    }

    public String time(Instant when) {
        return PageTime.inUtc(when);
    }

    /** What the keys are for and how rotation goes, with the hours a new key waits before it signs. */
    public String getIntroduction() {
        return PageText.of("operator.keys.text", ToolKeys.PUBLISHED_BEFORE_USE.toHours());
    }

    public List<KeyState> getKeys() {
        return keys;
    }
}
