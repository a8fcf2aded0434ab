package id.ruangkonseling.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import java.io.IOException;
import org.omnifaces.util.Faces;

/**
 * "Sign out" in the page header: ends the sign-in and the session with everything in it, so that the
 * next person at a shared computer finds nothing, and says so on {@code /signed-out}.
 */
@Named
@RequestScoped
public class SignOut {

    public void signOut() throws ServletException, IOException {
        Faces.logout();
        Faces.invalidateSession();
        Faces.redirect("signed-out");
    }
}
