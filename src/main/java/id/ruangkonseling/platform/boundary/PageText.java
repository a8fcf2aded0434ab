package id.ruangkonseling.platform.boundary;

import id.ruangkonseling.platform.control.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

/**
 * A text of the bundles in the current page's language, with its values filled in ({@link Texts}): for the
 * messages a backing bean adds, and for pages as {@code #{text.of('home.greetingNamed', name)}}.
 */
@Named("text")
@ApplicationScoped
public class PageText {

    protected PageText() {
        // for CDI, so that pages reach of() by name
    }

    public static String of(String key, Object... values) {
        return Texts.format(Faces.getResourceBundle("msg").getString(key), Faces.getLocale(), values);
    }
}
