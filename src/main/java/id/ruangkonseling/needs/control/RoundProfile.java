package id.ruangkonseling.needs.control;

import id.ruangkonseling.needs.entity.NeedsAnswer;
import id.ruangkonseling.needs.entity.NeedsItem;
import id.ruangkonseling.needs.entity.NeedsRound;
import id.ruangkonseling.school.control.CourseMembers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** A round's profile as the counselor and the school admin read it: its course, how many of its students answered, its shares. */
@ApplicationScoped
public class RoundProfile {

    @Inject
    Rounds rounds;

    @Inject
    Questionnaire questionnaire;

    @Inject
    CourseMembers courseMembers;

    /** One course's round, summed up. */
    public record Summary(NeedsRound round, long students, NeedsProfile profile, List<NeedsItem> items, List<NeedsAnswer> answers) {

        public long courseId() {
            return round.course().id();
        }

        public String courseTitle() {
            return round.course().shownTitle();
        }
    }

    public Summary of(NeedsRound round) {
        List<NeedsItem> items = questionnaire.items(round.school(), round.itemIds());
        List<NeedsAnswer> answers = rounds.answers(round);
        NeedsProfile profile = NeedsProfile.of(items.stream().map(item -> new NeedsProfile.Asked(item.id(), item.field(), item.order())).toList(),
                answers.stream().map(NeedsAnswer::choices).toList());
        // a student who answered counts even when the roster has not seen them launch since
        long students = Math.max(courseMembers.learnersSeenIn(round.course()).size(), answers.size());
        return new Summary(round, students, profile, items, answers);
    }
}
