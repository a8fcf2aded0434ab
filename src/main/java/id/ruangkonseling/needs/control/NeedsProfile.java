package id.ruangkonseling.needs.control;

import id.ruangkonseling.needs.entity.Choices;
import id.ruangkonseling.school.entity.ServiceField;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A class's needs, as the AKPD reckons them: for each item the share of the students who answered that said
 * yes, and for each service field the share of yes among all its items' answers (yes answers over items
 * times students), items ranked from the most shared need down.
 */
public record NeedsProfile(long answered, List<ItemShare> items, Map<ServiceField, Double> fields, long wantsToTalk) {

    /** An item the round asked: its id, its field and its place in the questionnaire. */
    public record Asked(long id, ServiceField field, int order) {
    }

    /** How many said yes to an item, and their share of those who answered (0 to 1). */
    public record ItemShare(long itemId, ServiceField field, long yes, double share) {
    }

    public NeedsProfile {
        items = List.copyOf(items);
        fields = Map.copyOf(fields);
    }

    public static NeedsProfile of(List<Asked> asked, List<Choices> answers) {
        long answered = answers.size();
        List<ItemShare> shares = asked.stream()
                .sorted(Comparator.comparingInt(Asked::order))
                .map(item -> {
                    long yes = answers.stream().filter(choices -> choices.yes().contains(item.id())).count();
                    return new ItemShare(item.id(), item.field(), yes, share(yes, answered));
                })
                .sorted(Comparator.comparingDouble(ItemShare::share).reversed())
                .toList();
        Map<ServiceField, Double> fields = new EnumMap<>(ServiceField.class);
        for (ServiceField field : ServiceField.values()) {
            List<ItemShare> inField = shares.stream().filter(share -> share.field() == field).toList();
            long yes = inField.stream().mapToLong(ItemShare::yes).sum();
            fields.put(field, share(yes, answered * inField.size()));
        }
        long talk = answers.stream().filter(choices -> !choices.talk().isEmpty()).count();
        return new NeedsProfile(answered, shares, fields, talk);
    }

    /** The service fields from the most shared need down. */
    public List<ServiceField> fieldsRanked() {
        return fields.entrySet().stream().sorted(Map.Entry.<ServiceField, Double>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).toList();
    }

    /** A share as a whole percentage, as pages and exports show it. */
    public static long percent(double share) {
        return Math.round(share * 100);
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 1000.0;
    }
}
