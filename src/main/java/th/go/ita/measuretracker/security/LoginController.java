package th.go.ita.measuretracker.security;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.security.web.WebAttributes;

@Controller
class LoginController {

	static final String VIEW_LOGIN = "security/login";

	@GetMapping(SecurityConfig.LOGIN_PAGE)
	String login(HttpSession session, Model model) {
		// form login keeps the reason of the last failure in the session: a throttled person learns when to retry
		if (session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LoginThrottledException throttled) {
			model.addAttribute("retryInSeconds", throttled.retryInSeconds());
		}
		return VIEW_LOGIN;
	}
}
