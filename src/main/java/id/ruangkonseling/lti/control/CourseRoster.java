package id.ruangkonseling.lti.control;

import com.nimbusds.jose.util.JSONObjectUtils;
import id.ruangkonseling.lti.entity.LtiPlatform;
import id.ruangkonseling.school.entity.CourseContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A course's members from its platform (LTI Names and Role Provisioning 2.0), every page of them, kept
 * for a few minutes per course. The cache is per instance on purpose: a roster is cheap to fetch again
 * and must not linger where other instances would serve it after the LMS changed it.
 */
@ApplicationScoped
public class CourseRoster {

    /** The OAuth scope of reading course memberships, which dynamic registration asks for too. */
    public static final String SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
    private static final String MEDIA_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
    private static final Duration KEEP = Duration.ofMinutes(5);
    /** A platform whose "next" links never end must not keep the tool busy forever. */
    private static final int MAX_PAGES = 200;

    private final ServiceTokens tokens;
    private final PlatformHttp http;
    private final Clock clock;
    private final Map<Long, Fetched> rosters = new ConcurrentHashMap<>();

    private record Fetched(List<RosterMember> members, Instant until) {
    }

    @Inject
    public CourseRoster(ServiceTokens tokens) {
        this(tokens, new PlatformHttp(), Clock.systemUTC());
    }

    CourseRoster(ServiceTokens tokens, PlatformHttp http, Clock clock) {
        this.tokens = tokens;
        this.http = http;
        this.clock = clock;
    }

    protected CourseRoster() {
        // for the CDI proxy
        this(null, null, null);
    }

    /** Everyone the platform lists for {@code course}; fails when the platform offers no roster for it. */
    public List<RosterMember> members(CourseContext course, LtiPlatform platform) throws PlatformServiceFailed {
        Fetched cached = rosters.get(course.id());
        Instant now = clock.instant();
        if (cached != null && now.isBefore(cached.until())) {
            return cached.members();
        }
        URI first = course.membershipsUrl().orElseThrow(() -> new PlatformServiceFailed(
                "course " + course.id() + ": the LMS offers no Names and Role Provisioning for it"));
        List<RosterMember> members = fetchAll(first, platform);
        rosters.put(course.id(), new Fetched(members, now.plus(KEEP)));
        return members;
    }

    private List<RosterMember> fetchAll(URI first, LtiPlatform platform) throws PlatformServiceFailed {
        List<RosterMember> members = new ArrayList<>();
        Set<URI> seen = new HashSet<>();
        Optional<URI> page = Optional.of(first);
        while (page.isPresent()) {
            if (!seen.add(page.get()) || seen.size() > MAX_PAGES) {
                throw new PlatformServiceFailed("the roster's next links loop or exceed " + MAX_PAGES + " pages");
            }
            PlatformHttp.Answer answer = fetch(page.get(), platform);
            members.addAll(members(answer.json(), page.get()));
            page = LinkHeader.next(answer.raw().headers().allValues("Link"), page.get());
        }
        return List.copyOf(members);
    }

    /** One page; a token the platform no longer accepts is renewed once. */
    private PlatformHttp.Answer fetch(URI page, LtiPlatform platform) throws PlatformServiceFailed {
        PlatformHttp.Answer answer = http.send(pageRequest(page, tokens.accessToken(platform, SCOPE)), 401);
        if (answer.status() == 401) {
            tokens.forget(platform, SCOPE);
            answer = http.send(pageRequest(page, tokens.accessToken(platform, SCOPE)));
        }
        return answer;
    }

    private static HttpRequest pageRequest(URI page, String token) {
        return PlatformHttp.request(page).header("Accept", MEDIA_TYPE).header("Authorization", "Bearer " + token)
                .GET().build();
    }

    private static List<RosterMember> members(Map<String, Object> container, URI page) throws PlatformServiceFailed {
        try {
            Map<String, Object>[] members = JSONObjectUtils.getJSONObjectArray(container, "members");
            if (members == null) {
                throw new PlatformServiceFailed(page + " answered no members list");
            }
            List<RosterMember> read = new ArrayList<>();
            for (Map<String, Object> member : members) {
                RosterMember.of(member).ifPresent(read::add);
            }
            return read;
        } catch (ParseException notAList) {
            throw new PlatformServiceFailed(page + " answered a members field that is not a list of objects", notAList);
        }
    }
}
