package id.ruangkonseling.demo.control;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A person of the demo school, named by whoever tries the demo, in one of the four roles. */
public record DemoPerson(DemoRole role, String name) {

    private static final int MAX_NAME = 40;

    public enum DemoRole {
        STUDENT(List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner")),
        TEACHER(List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor")),
        /** An LMS sends nothing that makes a counselor: the demo grants it inside the tool. */
        COUNSELOR(List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor")),
        ADMIN(List.of("http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator"));

        private final List<String> ltiRoles;

        DemoRole(List<String> ltiRoles) {
            this.ltiRoles = ltiRoles;
        }

        public List<String> ltiRoles() {
            return ltiRoles;
        }

        public static Optional<DemoRole> named(String name) {
            for (DemoRole role : values()) {
                if (role.name().equalsIgnoreCase(name)) {
                    return Optional.of(role);
                }
            }
            return Optional.empty();
        }
    }

    /** The person a request names, if it names a role; a missing or odd name becomes a default one. */
    public static Optional<DemoPerson> of(String role, String name) {
        String cleaned = name == null ? "" : name.strip().replaceAll("[^\\p{L}\\p{N} .'-]", "");
        String shown = cleaned.isEmpty() ? "Demo" : cleaned.substring(0, Math.min(MAX_NAME, cleaned.length()));
        return DemoRole.named(role).map(r -> new DemoPerson(r, shown));
    }

    /** The same name in the same role is the same person on every launch. */
    public String subject() {
        return "demo-" + role.name().toLowerCase(Locale.ROOT) + "-" + name.toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    /** What the login carries to the demo platform's authorization endpoint ({@code login_hint}). */
    public String loginHint() {
        return role.name() + ":" + name;
    }

    public static Optional<DemoPerson> fromLoginHint(String hint) {
        if (hint == null || !hint.contains(":")) {
            return Optional.empty();
        }
        String[] parts = hint.split(":", 2);
        return of(parts[0], parts[1]);
    }
}
