package id.ruangkonseling.platform.boundary;

import org.omnifaces.util.Faces;

/** A text of the bundles in the current page's language, for messages a backing bean adds. */
public final class PageText {

    private PageText() {
    }

    public static String of(String key) {
        return Faces.getResourceBundle("msg").getString(key);
    }
}
