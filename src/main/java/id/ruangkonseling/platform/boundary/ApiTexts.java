package id.ruangkonseling.platform.boundary;

import id.ruangkonseling.platform.control.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ResourceBundle;

/** The bundles' texts in the language of this API call's session (its cookie, else its browser), for JSON messages. */
@RequestScoped
public class ApiTexts {

    private static final String BUNDLE = "id.ruangkonseling.i18n.messages";

    @Inject
    LanguageSelection language;

    private ResourceBundle bundle;

    public String of(String key, Object... values) {
        return Texts.format(bundle().getString(key), bundle().getLocale(), values);
    }

    /** The whole bundle, for work that ends after this request (a held poll answered later). */
    public ResourceBundle bundle() {
        if (bundle == null) {
            bundle = ResourceBundle.getBundle(BUNDLE, language.getLocale(), ApiTexts.class.getClassLoader());
        }
        return bundle;
    }
}
