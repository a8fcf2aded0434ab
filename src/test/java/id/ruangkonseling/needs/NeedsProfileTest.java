package id.ruangkonseling.needs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.ruangkonseling.needs.control.NeedsProfile;
import id.ruangkonseling.needs.control.NeedsProfile.Asked;
import id.ruangkonseling.needs.control.NeedsProfile.ItemShare;
import id.ruangkonseling.needs.entity.Choices;
import id.ruangkonseling.school.entity.ServiceField;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The profile's arithmetic, as a counselor reads it off the page. */
class NeedsProfileTest {

    private static final List<Asked> ASKED = List.of(new Asked(1, ServiceField.PERSONAL, 1),
            new Asked(2, ServiceField.PERSONAL, 2), new Asked(3, ServiceField.LEARNING, 3), new Asked(4, ServiceField.CAREER, 4));

    @Test
    void anItemsShareIsTheYesOfThoseWhoAnswered() {
        NeedsProfile profile = NeedsProfile.of(ASKED, List.of(yes(1, 3), yes(3), yes(3), yes()));

        assertEquals(4, profile.answered());
        assertEquals(List.of(3L, 1L, 2L, 4L), profile.items().stream().map(ItemShare::itemId).toList(), "ranked, ties in order");
        assertEquals(0.75, profile.items().get(0).share());
        assertEquals(0.25, profile.items().get(1).share());
    }

    @Test
    void aFieldsShareIsItsYesAnswersOverItsItemsTimesStudents() {
        NeedsProfile profile = NeedsProfile.of(ASKED, List.of(yes(1, 2), yes(1), yes()));

        assertEquals(0.5, profile.fields().get(ServiceField.PERSONAL), "3 yes of 2 items × 3 students");
        assertEquals(0.0, profile.fields().get(ServiceField.SOCIAL), "a field the round does not ask");
        assertEquals(List.of(ServiceField.PERSONAL, ServiceField.SOCIAL, ServiceField.LEARNING, ServiceField.CAREER),
                profile.fieldsRanked());
        assertEquals(50, NeedsProfile.percent(profile.fields().get(ServiceField.PERSONAL)));
    }

    @Test
    void sharesAreRoundedToAThousandthAndNothingAnsweredIsNoNeed() {
        assertEquals(0.333, NeedsProfile.of(ASKED, List.of(yes(4), yes(), yes())).fields().get(ServiceField.CAREER));
        NeedsProfile empty = NeedsProfile.of(ASKED, List.of());
        assertEquals(0, empty.answered());
        assertEquals(0.0, empty.fields().get(ServiceField.PERSONAL));
    }

    @Test
    void whoAskedToTalkIsCountedWhateverTheyAnsweredYesTo() {
        NeedsProfile profile = NeedsProfile.of(ASKED, List.of(Choices.of(List.of(), List.of(2L)),
                Choices.of(List.of(1L), List.of(1L, 3L)), yes(1)));

        assertEquals(2, profile.wantsToTalk());
    }

    private static Choices yes(long... ids) {
        return Choices.of(java.util.Arrays.stream(ids).boxed().toList(), List.of());
    }
}
