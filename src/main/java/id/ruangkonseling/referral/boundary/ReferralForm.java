package id.ruangkonseling.referral.boundary;

import id.ruangkonseling.referral.entity.ReferralContent;
import id.ruangkonseling.referral.entity.StudentKnows;
import id.ruangkonseling.school.entity.ServiceField;
import id.ruangkonseling.school.entity.Urgency;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the teacher types into the referral form, checked by Bean Validation field by field (the page
 * shows each field's text from the bundles), so a refused form keeps everything typed.
 */
public class ReferralForm {

    @NotBlank
    private String student;
    @NotNull
    private ServiceField field;
    @NotBlank
    @Size(max = ReferralContent.MAX_TEXT)
    private String reason;
    @NotBlank
    @Size(max = ReferralContent.MAX_TEXT)
    private String observations;
    @NotNull
    private Urgency urgency;
    @NotNull
    private StudentKnows studentKnows;

    /** The choices, in the order the form offers them. */
    public ServiceField[] getFields() {
        return ServiceField.values();
    }

    public Urgency[] getUrgencies() {
        return Urgency.values();
    }

    public StudentKnows[] getStudentKnowsAnswers() {
        return StudentKnows.values();
    }

    ReferralContent content() {
        return new ReferralContent(field, reason, observations, urgency, studentKnows);
    }

    public String getStudent() {
        return student;
    }

    public void setStudent(String student) {
        this.student = student;
    }

    public ServiceField getField() {
        return field;
    }

    public void setField(ServiceField field) {
        this.field = field;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getObservations() {
        return observations;
    }

    public void setObservations(String observations) {
        this.observations = observations;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public StudentKnows getStudentKnows() {
        return studentKnows;
    }

    public void setStudentKnows(StudentKnows studentKnows) {
        this.studentKnows = studentKnows;
    }
}
