package id.ruangkonseling.needs.entity;

import id.ruangkonseling.platform.entity.Invalid;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A student's choices in a round: the items they answered yes to, and those they would like to talk to
 * the counselor about (any item, yes or not). Stored as one encrypted text, {@code yes=1,2;talk=3}.
 */
public record Choices(SortedSet<Long> yes, SortedSet<Long> talk) {

    public static final Choices NONE = new Choices(new TreeSet<>(), new TreeSet<>());

    public Choices {
        yes = new TreeSet<>(yes);
        talk = new TreeSet<>(talk);
    }

    public static Choices of(Collection<Long> yes, Collection<Long> talk) {
        return new Choices(new TreeSet<>(yes), new TreeSet<>(talk));
    }

    /** These choices, when every id is one the round asks; else {@link Invalid}. */
    public Choices within(Set<Long> asked) {
        if (!asked.containsAll(yes) || !asked.containsAll(talk)) {
            throw new Invalid("items", "needs.unknownItem", "an item the round does not ask");
        }
        return this;
    }

    String stored() {
        return "yes=" + joined(yes) + ";talk=" + joined(talk);
    }

    static Choices parse(String stored) {
        String[] parts = stored.split(";", -1);
        return new Choices(ids(parts[0].substring("yes=".length())), ids(parts[1].substring("talk=".length())));
    }

    private static String joined(Set<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static SortedSet<Long> ids(String list) {
        return Arrays.stream(list.split(",")).filter(id -> !id.isEmpty()).map(Long::valueOf)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
