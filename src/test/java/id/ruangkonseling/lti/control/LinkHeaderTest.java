package id.ruangkonseling.lti.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinkHeaderTest {

    private static final URI PAGE = URI.create("https://lms.sekolah.sch.id/mod/lti/services.php/CourseSection/9/bindings/3/memberships");

    @Test
    void findsTheNextPageAmongOtherRelations() {
        assertEquals(Optional.of(URI.create("https://lms.sekolah.sch.id/m?page=2")), LinkHeader.next(List.of(
                "<https://lms.sekolah.sch.id/m?page=0>; rel=\"first\", <https://lms.sekolah.sch.id/m?page=2>; rel=\"next\""), PAGE));
    }

    @Test
    void readsSeveralHeadersUnquotedAndMixedCaseRelations() {
        assertEquals(Optional.of(URI.create("https://lms.sekolah.sch.id/m?page=3")), LinkHeader.next(List.of(
                "<https://lms.sekolah.sch.id/m?page=1>; rel=prev", "<https://lms.sekolah.sch.id/m?page=3>; REL=Next"), PAGE));
    }

    @Test
    void acceptsARelationListAndACommaInsideAQuotedParameter() {
        assertEquals(Optional.of(URI.create("https://lms.sekolah.sch.id/n")), LinkHeader.next(List.of(
                "<https://lms.sekolah.sch.id/x>; title=\"a, b\"; rel=\"last\", <https://lms.sekolah.sch.id/n>; rel=\"prev next\""),
                PAGE));
    }

    @Test
    void resolvesARelativeTargetAgainstThePage() {
        assertEquals(Optional.of(URI.create("https://lms.sekolah.sch.id/mod/lti/services.php/CourseSection/9/bindings/3/memberships?page=2")),
                LinkHeader.next(List.of("<?page=2>; rel=\"next\""), PAGE));
    }

    @Test
    void theLastPageHasNoNext() {
        assertEquals(Optional.empty(), LinkHeader.next(List.of("<https://lms.sekolah.sch.id/m?page=1>; rel=\"prev\""), PAGE));
        assertEquals(Optional.empty(), LinkHeader.next(List.of(), PAGE));
    }

    @Test
    void malformedValuesAreNoNextPage() {
        assertEquals(Optional.empty(), LinkHeader.next(List.of("<https://lms.sekolah.sch.id/m?page=2; rel=\"next\""), PAGE));
        assertEquals(Optional.empty(), LinkHeader.next(List.of("rel=\"next\""), PAGE));
        assertEquals(Optional.empty(), LinkHeader.next(List.of("<javascript:alert(1)>; rel=\"next\""), PAGE));
        assertEquals(Optional.empty(), LinkHeader.next(List.of("<http://a b>; rel=\"next\""), PAGE));
    }
}
