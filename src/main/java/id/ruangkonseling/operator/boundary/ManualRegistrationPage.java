package id.ruangkonseling.operator.boundary;

import id.ruangkonseling.lti.control.LtiAddresses;
import id.ruangkonseling.lti.control.PlatformEndpoints;
import id.ruangkonseling.platform.boundary.PageText;
import id.ruangkonseling.school.entity.School;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs {@code /operator/register}: records a platform an LMS admin registered by hand (Moodle's
 * "configure a tool manually") from the values they send back: issuer, client id, deployment ids and the
 * platform's three addresses. A wrong value is named at its field, and everything typed stays.
 */
@Named
@RequestScoped
public class ManualRegistrationPage {

    private static final int MAX_ID = 191;

    @Inject
    OperatorConsole console;

    private String schoolName;
    private String issuer;
    private String clientId;
    private String deploymentIds;
    private String authLoginUrl;
    private String tokenUrl;
    private String jwksUrl;

    public void register() throws IOException {
        Optional<URI> login = address("authLoginUrl", authLoginUrl);
        Optional<URI> token = address("tokenUrl", tokenUrl);
        Optional<URI> keys = address("jwksUrl", jwksUrl);
        List<String> deployments = deployments();
        if (login.isEmpty() || token.isEmpty() || keys.isEmpty() || deployments.isEmpty()) {
            return;
        }
        List<School> schools = console.register(new PlatformEndpoints(issuer.strip(), clientId.strip(), login.get(),
                token.get(), keys.get()), deployments, schoolName);
        Messages.addFlashGlobalInfo(PageText.of("operator.register.done") + " "
                + schools.stream().map(School::name).distinct().collect(Collectors.joining(", ")));
        Faces.redirect(SignInRouting.CONSOLE.substring(1));
    }

    /** The deployment ids typed, one per line or comma, or empty after telling the operator what is wrong. */
    private List<String> deployments() {
        List<String> ids = Arrays.stream(deploymentIds.split("[,\\s]+")).filter(id -> !id.isBlank()).distinct().toList();
        if (ids.isEmpty() || ids.stream().anyMatch(id -> id.length() > MAX_ID)) {
            Messages.addError("registration:deploymentIds", PageText.of("operator.register.badDeployments"));
            return List.of();
        }
        return ids;
    }

    /** The absolute address typed in {@code field}, or empty after telling the operator at that field. */
    private static Optional<URI> address(String field, String value) {
        Optional<URI> address = LtiAddresses.parse(value);
        if (address.isEmpty()) {
            Messages.addError("registration:" + field, PageText.of("operator.register.notAnAddress"));
        }
        return address;
    }


    public String getSchoolName() {
        return schoolName;
    }

    public void setSchoolName(String schoolName) {
        this.schoolName = schoolName;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getDeploymentIds() {
        return deploymentIds;
    }

    public void setDeploymentIds(String deploymentIds) {
        this.deploymentIds = deploymentIds;
    }

    public String getAuthLoginUrl() {
        return authLoginUrl;
    }

    public void setAuthLoginUrl(String authLoginUrl) {
        this.authLoginUrl = authLoginUrl;
    }

    public String getTokenUrl() {
        return tokenUrl;
    }

    public void setTokenUrl(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    public String getJwksUrl() {
        return jwksUrl;
    }

    public void setJwksUrl(String jwksUrl) {
        this.jwksUrl = jwksUrl;
    }
}
