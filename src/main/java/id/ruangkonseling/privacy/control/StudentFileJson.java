package id.ruangkonseling.privacy.control;

import id.ruangkonseling.privacy.control.StudentFile.Field;
import id.ruangkonseling.privacy.control.StudentFile.Section;
import id.ruangkonseling.privacy.control.StudentFile.Value;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Map;

/**
 * A {@link StudentFile} as machine-readable JSON: its extent, one array per kind of data it holds, values as stored
 * (codes, ISO times), and how many items each kind has.
 */
public final class StudentFileJson {

    private StudentFileJson() {
    }

    public static byte[] of(StudentFile file) {
        JsonObjectBuilder root = Json.createObjectBuilder()
                .add("school", file.school())
                .add("time_zone", file.zone().getId())
                .add("made_at", file.madeAt().toString())
                .add("extent", file.extent().name().toLowerCase(Locale.ROOT));
        JsonObjectBuilder counts = Json.createObjectBuilder();
        for (Section section : file.sections()) {
            JsonArrayBuilder items = Json.createArrayBuilder();
            section.items().forEach(item -> items.add(object(item)));
            root.add(name(section), items);
            counts.add(name(section), section.items().size());
        }
        root.add("counts", counts);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.writeObject(root.build());
        }
        return out.toByteArray();
    }

    private static String name(Section section) {
        return section.kind().name().toLowerCase(Locale.ROOT);
    }

    private static JsonObjectBuilder object(Map<Field, Value> item) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        item.forEach((field, value) -> object.add(field.jsonName(), value.raw()));
        return object;
    }
}
