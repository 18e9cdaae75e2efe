package th.go.ita.measuretracker.evidence;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import th.go.ita.measuretracker.plan.MeasureQueries;
import th.go.ita.measuretracker.plan.MeasureView;
import th.go.ita.measuretracker.security.Viewer;

/**
 * The page where a group attaches the evidence of a step or report it works on in Tasklist, and where the reviewer
 * sees (and a manager publishes) what was submitted. Tasklist's forms link here by the ids their variables hold; the
 * page links back to the open task.
 */
@Controller
@RequiredArgsConstructor
class EvidencePages {

	static final String VIEW = "evidence/page";

	private final EvidenceService evidence;
	private final EvidenceTargets targets;
	private final OpenTasks openTasks;
	private final MeasureQueries measures;
	private final MessageSource messages;

	/** From the step's form: {@code stepId} is the step process's variable. */
	@GetMapping("/evidence/step/{stepId}")
	String fromStepTask(@PathVariable long stepId, Authentication user) {
		MeasureQueries.StepLocation step = measures.locateStep(stepId)
			.orElseThrow(() -> EvidenceRefusedException.notFound(" step " + stepId));
		targets.step(step.businessKey(), step.position(), Viewer.of(user));
		return "redirect:/evidence/measures/" + encode(step.businessKey()) + "/steps/" + step.position();
	}

	/** From the report's forms (submission and review): their variables hold the measure's id and the quarter. */
	@GetMapping("/evidence/report/{measureId}/{fiscalYear}/{quarter}")
	String fromReportTask(@PathVariable long measureId, @PathVariable int fiscalYear, @PathVariable int quarter,
			Authentication user) {
		MeasureView measure = measures.summary(measureId)
			.orElseThrow(() -> EvidenceRefusedException.notFound(" measure " + measureId));
		targets.report(measure.businessKey(), fiscalYear, quarter, Viewer.of(user));
		return "redirect:/evidence/measures/" + encode(measure.businessKey()) + "/reports/" + fiscalYear + "/" + quarter;
	}

	@GetMapping("/evidence/measures/{businessKey}/steps/{position}")
	String step(@PathVariable String businessKey, @PathVariable int position, Authentication user, Model model) {
		EvidenceTarget target = targets.step(businessKey, position, Viewer.of(user));
		String text = target.measure().steps().stream().filter(s -> s.position() == position).findFirst().orElseThrow()
			.text();
		return show(target, message("evidence.page.step", position, text), user, model);
	}

	@GetMapping("/evidence/measures/{businessKey}/reports/{fiscalYear}/{quarter}")
	String report(@PathVariable String businessKey, @PathVariable int fiscalYear, @PathVariable int quarter,
			Authentication user, Model model) {
		EvidenceTarget target = targets.report(businessKey, fiscalYear, quarter, Viewer.of(user));
		return show(target, message("evidence.page.report", quarter, String.valueOf(fiscalYear)), user, model);
	}

	private String show(EvidenceTarget target, String heading, Authentication user, Model model) {
		model.addAttribute("page", evidence.page(target, Viewer.of(user), Viewer.isManager(user), heading,
				openTasks.urlOf(target)));
		return VIEW;
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	private static String encode(String pathSegment) {
		return URLEncoder.encode(pathSegment, StandardCharsets.UTF_8);
	}
}
