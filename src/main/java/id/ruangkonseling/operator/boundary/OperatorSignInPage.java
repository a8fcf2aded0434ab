package id.ruangkonseling.operator.boundary;

import id.ruangkonseling.platform.boundary.PageText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.io.IOException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Backs {@code /operator/sign-in}: the operator gives the password and, if it is right, enters the console. */
@Named
@RequestScoped
public class OperatorSignInPage {

    @Inject
    SecurityContext securityContext;

    private String password;

    public void signIn() throws IOException {
        AuthenticationStatus status = securityContext.authenticate(Faces.getRequest(), Faces.getResponse(),
                AuthenticationParameters.withParams().credential(new UsernamePasswordCredential(OperatorAuthenticationMechanism.GROUP, password)).newAuthentication(true));
        switch (status) {
            case SUCCESS -> Faces.redirect(SignInRouting.CONSOLE.substring(1));
            case SEND_CONTINUE -> Faces.responseComplete();
            default -> Messages.addError("sign-in:password", PageText.of("operator.signIn.wrong"));
        }
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
