package id.ruangkonseling.safeguarding.boundary;

import id.ruangkonseling.safeguarding.control.PhoneLinks;
import java.util.List;

/**
 * The calm card a student sees after writing words that worried us: a title, a few kind lines, and the
 * help contacts the school configured (or the shipped ones while it has none). The chat API's {@code help}.
 */
public record HelpCard(String title, String text, List<Line> contacts) {

    /** Who can help and how to reach them, as the school wrote it, and that text again with its numbers as links. */
    public record Line(String name, String reach, List<PhoneLinks.Part> parts) {

        public Line(String name, String reach) {
            this(name, reach, PhoneLinks.of(reach));
        }
    }
}
