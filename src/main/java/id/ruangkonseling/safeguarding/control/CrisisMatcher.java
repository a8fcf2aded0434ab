package id.ruangkonseling.safeguarding.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells whether a text contains one of a lexicon's phrases as whole words, the way students write them:
 * any case, any punctuation or spacing, letters typed more than once ("matiii"), and any word of the phrase
 * carrying a possessive or object ending ("melukai diriku", "dipukul ayahnya"). Pure and immutable, so one
 * instance per school is shared by every request.
 */
public final class CrisisMatcher {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’`´]");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern REPEATED_LETTER = Pattern.compile("(\\p{L})\\1+");
    /**
     * The endings Indonesian glues to a word for "my", "your", "his/her/its" or "me/you/him": a phrase's word
     * also matches with one of them, so the lexicon lists "melukai diri" once, not "diriku", "dirimu", "dirinya".
     */
    static final List<String> SUFFIXES = List.of("ku", "mu", "nya");
    /** Shorter stems are not taken apart ("aku" is not "a" + "ku"). */
    private static final int SHORTEST_STEM = 3;

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

    /** True when some phrase of the lexicon stands in {@code text} as whole, consecutive words (endings allowed). */
    public boolean matches(String text) {
        List<Set<String>> words = Arrays.stream(words(text)).map(CrisisMatcher::forms).toList();
        for (int i = 0; i < words.size(); i++) {
            for (String form : words.get(i)) {
                for (String[] phrase : byFirstWord.getOrDefault(form, List.of())) {
                    if (startsAt(words, i, phrase)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * A normalized word and the stems it may carry an ending on: "diriku" is "diriku" or "diri". Normalizing
     * made a doubled letter single, so a stem may also have lost the ending's first letter: "tangannya" was
     * read as "tanganya", which is "tangan" + "nya".
     */
    static Set<String> forms(String word) {
        Set<String> forms = new HashSet<>();
        forms.add(word);
        for (String suffix : SUFFIXES) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= SHORTEST_STEM) {
                String stem = word.substring(0, word.length() - suffix.length());
                forms.add(stem);
                forms.add(stem + suffix.charAt(0));
            }
        }
        return forms;
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

    private static boolean startsAt(List<Set<String>> words, int start, String[] phrase) {
        if (start + phrase.length > words.size()) {
            return false;
        }
        for (int i = 0; i < phrase.length; i++) {
            if (!words.get(start + i).contains(phrase[i])) {
                return false;
            }
        }
        return true;
    }
}
