package id.ruangkonseling.counseling.boundary;

import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import java.util.Optional;

/**
 * What the case page last showed, kept with its view: the case's status and the colleagues it could go to.
 * A form's post decides from it which buttons were there to press, so that the post makes one boundary call,
 * the step's own, which finds the case anew and refuses a step its status no longer allows.
 */
@ViewScoped
public class ShownCase implements Serializable {

    private static final long serialVersionUID = 1L;

    private CounselorCases.Steps shown;

    void show(CounselorCases.Steps steps) {
        this.shown = steps;
    }

    /** The steps shown for this case; empty for another case or when the view showed none. */
    Optional<CounselorCases.Steps> of(long caseId) {
        return Optional.ofNullable(shown).filter(steps -> steps.summary().id() == caseId);
    }
}
