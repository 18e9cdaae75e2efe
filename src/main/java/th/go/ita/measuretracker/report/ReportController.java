package th.go.ita.measuretracker.report;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import th.go.ita.measuretracker.fiscal.FiscalYear;
import th.go.ita.measuretracker.plan.MeasureQueries;
import th.go.ita.measuretracker.plan.MeasureView;
import th.go.ita.measuretracker.security.Viewer;

@RestController
@RequestMapping("/api")
@RequiredArgsConstructor
class ReportController {

	private final ReportRounds rounds;
	private final MeasureQueries measures;

	record OpenRound(@NotNull @Min(FiscalYear.FIRST) @Max(FiscalYear.LAST) Integer fiscalYear, @NotNull @Min(1) @Max(4) Integer quarter) {
	}

	record RoundOpened(int fiscalYear, int quarter, List<String> measures) {
	}

	@PostMapping("/report-rounds")
	@ResponseStatus(HttpStatus.CREATED)
	RoundOpened open(@Valid @RequestBody OpenRound request) {
		return new RoundOpened(request.fiscalYear(), request.quarter(),
				rounds.open(request.fiscalYear(), request.quarter()));
	}

	@GetMapping("/measures/{businessKey}/reports")
	List<ReportView> reports(@PathVariable String businessKey, Authentication user) {
		MeasureView measure = measures.findVisible(businessKey, Viewer.of(user));
		return rounds.reportsOf(measure.id());
	}
}
