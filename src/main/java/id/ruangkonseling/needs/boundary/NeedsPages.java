package id.ruangkonseling.needs.boundary;

import id.ruangkonseling.platform.entity.NotFound;
import java.io.IOException;
import org.omnifaces.util.Faces;

/**
 * What the needs pages share: the course (or item) of their address, where anything but an id is nothing at all, and
 * a view action's read that answers "not found" ({@code 404}, as a made-up address) for what is not the person's.
 */
final class NeedsPages {

    private NeedsPages() {
    }

    /** The id of the address's course (or item); anything else is "not found". */
    static long id(String value) {
        try {
            return Long.parseLong(value == null ? "" : value);
        } catch (NumberFormatException notAnId) {
            throw new NotFound("no such id: " + value);
        }
    }

    /** Runs the page's read; a {@link NotFound} ends the page as 404. */
    static void read(Runnable read) throws IOException {
        try {
            read.run();
        } catch (NotFound notTheirs) {
            Faces.responseSendError(404, "not found");
            Faces.responseComplete();
        }
    }
}
