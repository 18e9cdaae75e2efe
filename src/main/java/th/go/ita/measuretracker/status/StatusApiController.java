package th.go.ita.measuretracker.status;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import lombok.RequiredArgsConstructor;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import th.go.ita.measuretracker.security.Viewer;

@RestController
@RequiredArgsConstructor
class StatusApiController {

	static final int MAX_PAGE_SIZE = 500;

	private final StatusService status;

	@Operation(summary = "Measures status of a fiscal year",
			description = "The figures of the /status page: a page of measures (overdue first), totals per status and "
					+ "per group, and steps completed per month. Members see their own groups' measures only.")
	@GetMapping("/api/status")
	StatusOverview status(@ParameterObject StatusParams params,
			@Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "measures per page, 1–" + MAX_PAGE_SIZE) @RequestParam(defaultValue = "50") int size,
			Authentication user) {
		Viewer viewer = Viewer.of(user);
		return status.overview(status.filter(params, viewer), viewer, Math.max(page, 0),
				Math.min(Math.max(size, 1), MAX_PAGE_SIZE));
	}
}
