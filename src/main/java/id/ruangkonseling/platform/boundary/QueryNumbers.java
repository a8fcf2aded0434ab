package id.ruangkonseling.platform.boundary;

import id.ruangkonseling.platform.entity.Invalid;

/**
 * Whole numbers from an API call's query parameters. JAX-RS answers {@code 404} to a parameter it cannot
 * convert (as if the address did not exist); the contract says a bad parameter is a {@code 400} naming it,
 * so resources take the text and read it here.
 */
public final class QueryNumbers {

    private QueryNumbers() {
    }

    /** {@code value} as a long; absent or empty is {@code otherwise}; anything else is {@link Invalid}. */
    public static long whole(String name, String value, long otherwise) {
        if (value == null || value.isEmpty()) {
            return otherwise;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException notWhole) {
            throw new Invalid(name, "api.badParameter", name + " is not a whole number");
        }
    }
}
