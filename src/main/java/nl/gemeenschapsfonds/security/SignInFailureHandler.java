package nl.gemeenschapsfonds.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

import java.io.IOException;

/**
 * Back to the sign-in page with {@code ?error}, keeping the e-mail address as typed (neutralised) in the
 * session so the page can fill it in again. The exception is kept there too (Spring's default), so the
 * page can tell an attempt that came too soon.
 */
class SignInFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    SignInFailureHandler() {
        super("/login?error");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException, ServletException {
        request.getSession().setAttribute(SignInFailure.TYPED_EMAIL, LogSafe.userName(request.getParameter("username")).strip());
        super.onAuthenticationFailure(request, response, exception);
    }
}
