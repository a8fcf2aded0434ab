package id.ruangkonseling.safeguarding.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tells whether a text contains one of a lexicon's phrases as whole words, the way students write them:
 * any case, any punctuation or spacing, letters typed more than once ("matiii"). Pure and immutable, so
 * one instance per school is shared by every request.
 */
public final class CrisisMatcher {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’`´]");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern REPEATED_LETTER = Pattern.compile("(\\p{L})\\1+");

    /** Each phrase as its words, filed under its first word: a text is read once, word by word. */
    private final Map<String, List<String[]>> byFirstWord = new HashMap<>();

    public CrisisMatcher(Collection<String> phrases) {
        for (String phrase : phrases) {
            String[] words = words(phrase);
            if (words.length > 0) {
                byFirstWord.computeIfAbsent(words[0], first -> new ArrayList<>()).add(words);
            }
        }
        byFirstWord.replaceAll((first, list) -> List.copyOf(list));
    }

    /** True when some phrase of the lexicon stands in {@code text} as whole, consecutive words. */
    public boolean matches(String text) {
        String[] words = words(text);
        for (int i = 0; i < words.length; i++) {
            for (String[] phrase : byFirstWord.getOrDefault(words[i], List.of())) {
                if (startsAt(words, i, phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The form both phrases and texts are compared in: lower case without accents, apostrophes dropped
     * ("don't" = "dont"), anything but letters and digits a single space, a letter typed twice or more once.
     */
    public static String normalize(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)).replaceAll("");
        String lower = APOSTROPHES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
        String spaced = NOT_A_WORD.matcher(lower).replaceAll(" ").strip();
        return REPEATED_LETTER.matcher(spaced).replaceAll("$1");
    }

    private static String[] words(String text) {
        String normal = normalize(text);
        return normal.isEmpty() ? new String[0] : normal.split(" ");
    }

    private static boolean startsAt(String[] words, int start, String[] phrase) {
        return start + phrase.length <= words.length
                && Arrays.equals(words, start, start + phrase.length, phrase, 0, phrase.length);
    }
}
