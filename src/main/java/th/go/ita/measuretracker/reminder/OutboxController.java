package th.go.ita.measuretracker.reminder;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import th.go.ita.measuretracker.fiscal.Wording;
import th.go.ita.measuretracker.plan.MeasureQueries;
import th.go.ita.measuretracker.plan.MeasureView;

/** The mails queued and sent, newest first: what the embedded default "sends" without SMTP is read here. */
@RestController
@RequiredArgsConstructor
class OutboxController {

	private final OutboxRepository outbox;
	private final MeasureQueries measures;

	@Operation(summary = "Mails queued and sent, newest first")
	@GetMapping("/api/outbox")
	List<OutboxRepository.OutboxMail> list(
			// named measureId for the scripts that already send it; it takes the business key every other URL uses
			@Parameter(description = "only the mails of this measure, by its business key (e.g. FY2567-M1), as in"
					+ " /api/measures/{businessKey}; an unknown key is answered 404") @RequestParam(required = false) String measureId,
			@Parameter(description = "PENDING, SENT, LOGGED or FAILED") @RequestParam(required = false) String status,
			@Parameter(description = "at most this many mails (1–1000)") @RequestParam(defaultValue = "100") int limit) {
		Long id = measureId == null || measureId.isBlank() ? null
				: measures.summary(measureId.strip())
					.map(MeasureView::id)
					.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
							Wording.of("measure.notFound", measureId.strip())));
		return outbox.find(id, status, Math.min(Math.max(limit, 1), 1000));
	}
}
