package th.go.ita.measuretracker.plan;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import th.go.ita.measuretracker.security.Viewer;

/** Our pages' top bar links to the plans page for those who may open it: admins and managers. */
@ControllerAdvice(annotations = Controller.class)
class PlansLink {

	@ModelAttribute("plansLink")
	boolean plansLink(Authentication user) {
		return user != null && user.isAuthenticated() && Viewer.of(user).seesEverything();
	}
}
