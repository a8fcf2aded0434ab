package id.ruangkonseling.operator.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OperatorPasswordTest {

    @Test
    void withoutAPasswordTheConsoleIsClosedAndNothingMatches() {
        OperatorPassword none = new OperatorPassword(Optional.empty());
        assertFalse(none.consoleOpen());
        assertFalse(none.matches(""));
        assertFalse(new OperatorPassword(Optional.of("")).consoleOpen());
    }

    @Test
    void aPasswordTooShortToResistGuessingKeepsTheConsoleClosed() {
        OperatorPassword shortOne = new OperatorPassword(Optional.of("elevenchars"));
        assertFalse(shortOne.consoleOpen());
        assertFalse(shortOne.matches("elevenchars"), "a closed console lets no one in");
    }

    @Test
    void onlyTheExactPasswordMatches() {
        OperatorPassword password = new OperatorPassword(Optional.of("twelve-chars"));
        assertTrue(password.consoleOpen());
        assertTrue(password.matches("twelve-chars"));
        assertFalse(password.matches("twelve-chars "));
        assertFalse(password.matches("Twelve-chars"));
        assertFalse(password.matches(null));
    }
}
