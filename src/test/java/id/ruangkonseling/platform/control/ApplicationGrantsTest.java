package id.ruangkonseling.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApplicationGrantsTest {

    @Test
    void theAuditTrailIsReadAndAddedToOnlyAndTheSchemaHistoryIsLeftToTheOwner() {
        assertEquals(List.of(
                        "GRANT SELECT, INSERT ON `audit_entry` TO 'rk_app'@'%'",
                        "GRANT SELECT, INSERT, UPDATE, DELETE ON `school_member` TO 'rk_app'@'%'"),
                ApplicationGrants.statements("rk_app@%", List.of("audit_entry", "flyway_schema_history", "school_member")));
    }

    @Test
    void theAccountIsQuotedAsTheDatabaseNamesIt() {
        assertEquals("'rk_app'@'10.0.%'", ApplicationGrants.grantee("rk_app@10.0.%"));
        assertEquals("'o''brien'@'localhost'", ApplicationGrants.grantee("o'brien@localhost"));
        assertEquals("'a@b'@'host'", ApplicationGrants.grantee("a@b@host"), "the host follows the last @");
    }
}
