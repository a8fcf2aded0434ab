package id.ruangkonseling.access;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;

/** How the access tests compare refusals: the answer's status and body, without what differs per answer. */
final class Refusals {

    /** Per answer: script nonces, the view state, generated component ids and session ids. */
    private static final Pattern PER_ANSWER = Pattern.compile("nonce=\"[^\"]*\"|csp\\.init\\('[^']*'\\)"
            + "|ViewState:\\d+\" value=\"[^\"]*\"|j_idt\\d+|jsessionid=[^\"&;]*|JSESSIONID=[^;\\s]*");

    private Refusals() {
    }

    /** The answer as another answer to the same refusal must read: status, then body without per-answer values. */
    static String normalized(HttpResponse<String> answer) {
        return answer.statusCode() + "\n" + PER_ANSWER.matcher(answer.body()).replaceAll("");
    }

    /** Whether the answer is a refusal at all: not 2xx, nor a redirect after a post that was taken. */
    static boolean isRefusal(HttpResponse<String> answer) {
        return answer.statusCode() >= 400;
    }
}
