package id.ruangkonseling.needs.boundary;

import id.ruangkonseling.platform.entity.NotFound;

/** What the needs pages share: the course of their address, where anything but an id is no course at all. */
final class NeedsPages {

    private NeedsPages() {
    }

    static long courseId(String course) {
        try {
            return Long.parseLong(course == null ? "" : course);
        } catch (NumberFormatException notAnId) {
            throw new NotFound("course " + course);
        }
    }
}
