package id.ruangkonseling.platform.boundary;

import id.ruangkonseling.platform.entity.Invalid;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of an API call's JSON body, read strictly: a field is its contract's JSON type or absent
 * ({@code null} counts as absent). {@code 123} is not text, {@code "true"} not a flag, {@code 1.5} not a
 * whole number: each is refused as {@link Invalid}, naming the field. JSON-B would turn them into text or
 * round them, so resources take a {@link JsonObject} and read it here.
 */
public final class JsonFields {

    private final JsonObject object;

    private JsonFields(JsonObject object) {
        this.object = object == null ? JsonValue.EMPTY_JSON_OBJECT : object;
    }

    /** The fields of {@code body}; no body at all reads as no fields. */
    public static JsonFields of(JsonObject body) {
        return new JsonFields(body);
    }

    /** A JSON string, or {@code null} when absent. */
    public String text(String name) {
        JsonValue value = present(name);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        throw new Invalid(name, "api.field.text", name + " is not a string");
    }

    /** A JSON number without a fraction that fits a {@code long}, or {@code null} when absent. */
    public Long whole(String name) {
        JsonValue value = present(name);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.bigDecimalValue().longValueExact();
            } catch (ArithmeticException tooLarge) {
                // refused below like any other value that is not a whole number
            }
        }
        throw new Invalid(name, "api.field.number", name + " is not a whole number");
    }

    /** A JSON array of whole numbers (ids), empty when absent. */
    public List<Long> wholes(String name) {
        JsonValue value = present(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof JsonArray array) {
            List<Long> wholes = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                wholes.add(new JsonFields(Json.createObjectBuilder().add(name, array.get(i)).build()).whole(name));
            }
            return wholes;
        }
        throw new Invalid(name, "api.field.number", name + " is not a list of whole numbers");
    }

    /** {@code true} or {@code false}, or {@code null} when absent. */
    public Boolean flag(String name) {
        JsonValue value = present(name);
        if (value == null) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE) {
            return value.getValueType() == JsonValue.ValueType.TRUE;
        }
        throw new Invalid(name, "api.field.flag", name + " is not true or false");
    }

    private JsonValue present(String name) {
        JsonValue value = object.get(name);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
    }
}
