package id.ruangkonseling.operator.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import java.io.IOException;
import org.omnifaces.util.Faces;

/** The console's "sign out": ends the operator's session, so the next visitor must give the password. */
@Named
@RequestScoped
public class OperatorSignOut {

    public void signOut() throws ServletException, IOException {
        Faces.logout();
        Faces.invalidateSession();
        Faces.redirect(OperatorAuthenticationMechanism.SIGN_IN_PAGE.substring(1));
    }
}
