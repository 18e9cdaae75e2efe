package th.go.ita.measuretracker.reminder;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The mails queued and sent, newest first: what the embedded default "sends" without SMTP is read here. */
@RestController
class OutboxController {

	private final OutboxRepository outbox;

	OutboxController(OutboxRepository outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/api/outbox")
	List<OutboxRepository.OutboxMail> list(@RequestParam(required = false) Long measureId,
			@RequestParam(required = false) String status, @RequestParam(defaultValue = "100") int limit) {
		return outbox.find(measureId, status, Math.min(Math.max(limit, 1), 1000));
	}
}
