package th.go.ita.measuretracker.status;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import th.go.ita.measuretracker.assessment.AssessmentService;
import th.go.ita.measuretracker.evidence.EvidenceQueries;
import th.go.ita.measuretracker.plan.MeasureQueries;
import th.go.ita.measuretracker.plan.MeasureView;
import th.go.ita.measuretracker.plan.PlanHistory;
import th.go.ita.measuretracker.reminder.SentReminders;
import th.go.ita.measuretracker.report.ReportRounds;
import th.go.ita.measuretracker.security.Viewer;

@Controller
@RequiredArgsConstructor
class StatusController {

	static final String VIEW_OVERVIEW = "status/overview";
	static final String VIEW_MEASURE = "status/measure";
	static final int PAGE_SIZE = 50;

	private final StatusService status;
	private final MeasureQueries measures;
	private final ReportRounds reports;
	private final SentReminders reminders;
	private final AssessmentService assessments;
	private final PlanHistory history;
	private final EvidenceQueries evidence;

	@GetMapping("/")
	String home() {
		return "redirect:/status";
	}

	/** Without a year: the latest with measures. A year without any says so and links to those that have some. */
	@GetMapping("/status")
	String overview(StatusParams params, @RequestParam(defaultValue = "0") int page, Authentication user, Model model) {
		Viewer viewer = Viewer.of(user);
		StatusFilter filter = status.filter(params, viewer);
		List<Integer> years = status.yearsWithMeasures(viewer);
		model.addAttribute("overview", status.overview(filter, viewer, Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("params", params);
		model.addAttribute("yearsWithMeasures", years);
		model.addAttribute("yearIsEmpty", !years.contains(filter.fiscalYear()));
		model.addAttribute("states", MeasureState.values());
		model.addAttribute("atRiskDays", status.atRiskDays());
		model.addAttribute("trends", assessments.trends());
		return VIEW_OVERVIEW;
	}

	@GetMapping("/status/measures/{businessKey}")
	String measure(@PathVariable String businessKey, Authentication user, Model model) {
		MeasureView measure = measures.findVisible(businessKey, Viewer.of(user));
		model.addAttribute("measure", measure);
		model.addAttribute("reports", reports.reportsOf(measure.id()));
		model.addAttribute("reminders", reminders.of(measure.id()));
		model.addAttribute("amendments", history.amendmentsOf(measure.businessKey()));
		model.addAttribute("evidence", evidence.ofMeasure(measure.id()));
		return VIEW_MEASURE;
	}
}
