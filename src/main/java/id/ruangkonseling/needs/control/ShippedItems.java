package id.ruangkonseling.needs.control;

import id.ruangkonseling.school.entity.ServiceField;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The questionnaire the service ships ({@code akpd-items.tsv}): 12 statements in each service field, in Indonesian and English. */
public final class ShippedItems {

    private static final String RESOURCE = "/id/ruangkonseling/needs/akpd-items.tsv";

    /** One shipped statement. */
    public record Shipped(ServiceField field, String textId, String textEn) {
    }

    private ShippedItems() {
    }

    public static List<Shipped> all() {
        try (InputStream in = ShippedItems.class.getResourceAsStream(RESOURCE);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return lines.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\t"))
                    .map(cells -> new Shipped(ServiceField.valueOf(cells[0]), cells[1], cells[2])).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped questionnaire is part of the WAR", e);
        }
    }
}
