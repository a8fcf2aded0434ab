package id.ruangkonseling.cluster;

import static id.ruangkonseling.chat.ChatParties.messages;

import id.ruangkonseling.chat.ChatParties;
import id.ruangkonseling.testing.ClusterPair;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.TestPlatform;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * A student's conversation with the counselor who took up their request, in a school of its own, with
 * both people signed in on each instance of the pair (a session is an instance's own): what a test needs
 * to talk through A and listen on B.
 */
final class PairedConversation {

    private final ClusterPair pair;
    private final TestPlatform school;
    private final String student;
    private final String counselor;
    private final long id;
    private final Map<PayaraMicro, Http> students;
    private final Map<PayaraMicro, Http> counselors;

    private PairedConversation(ClusterPair pair, TestPlatform school, String prefix) {
        this.pair = pair;
        this.school = school;
        this.student = prefix + "-siswa";
        this.counselor = prefix + "-bk";
        ChatParties onA = parties(pair.a());
        Http studentOnA = onA.student(student, "Dewi Lestari");
        this.id = onA.request(studentOnA);
        Http counselorOnA = onA.counselor(counselor, "Pak Konselor");
        onA.takeUp(counselorOnA);
        this.students = Map.of(pair.a(), studentOnA, pair.b(), studentOn(pair.b()));
        this.counselors = Map.of(pair.a(), counselorOnA, pair.b(), counselorOn(pair.b()));
    }

    /** Opens one in {@code school}; {@code prefix} keeps its people apart from other tests' people. */
    static PairedConversation open(ClusterPair pair, TestPlatform school, String prefix) {
        return new PairedConversation(pair, school, prefix);
    }

    long id() {
        return id;
    }

    Http student(PayaraMicro instance) {
        return students.get(instance);
    }

    Http counselor(PayaraMicro instance) {
        return counselors.get(instance);
    }

    /** The student signed in on {@code instance} by a new launch, as after that instance restarted. */
    Http studentOn(PayaraMicro instance) {
        return parties(instance).student(student, "Dewi Lestari");
    }

    /** The counselor signed in on {@code instance} by a new launch. */
    Http counselorOn(PayaraMicro instance) {
        return parties(instance).counselor(counselor, "Pak Konselor");
    }

    /** The student as a client that goes to whichever instance is up, starting on {@code startOn}. */
    Roaming roamingStudent(PayaraMicro startOn) {
        return new Roaming(pair, startOn, this::studentOn, students);
    }

    /** The counselor as a client that goes to whichever instance is up, starting on {@code startOn}. */
    Roaming roamingCounselor(PayaraMicro startOn) {
        return new Roaming(pair, startOn, this::counselorOn, counselors);
    }

    /** The school's people as {@code instance} sees them: launches and the origin its pages post from. */
    ChatParties parties(PayaraMicro instance) {
        return new ChatParties(instance, pair.database(), school);
    }

    HttpResponse<String> send(PayaraMicro instance, Http who, String clientId, String body) {
        return parties(instance).send(who, id, clientId, body);
    }

    /** A poll for what came after message {@code after}, held up to {@code waitSeconds} when nothing has. */
    String poll(long after, int waitSeconds) {
        return "/api/conversations/" + id + "/messages?after=" + after + "&wait=" + waitSeconds;
    }

    /** The client ids of the whole conversation as {@code who} reads it, in the order of their numbers. */
    List<String> clientIds(Http who) {
        return messages(who.get(poll(0, 0))).stream().map(message -> (String) message.get("clientId")).toList();
    }
}
