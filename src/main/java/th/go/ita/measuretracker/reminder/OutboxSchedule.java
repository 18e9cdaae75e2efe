package th.go.ita.measuretracker.reminder;

import lombok.RequiredArgsConstructor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.fiscal.OfficeTime;

/** Every node polls the outbox; row claiming keeps them from sending the same mail. */
@Component
@ConditionalOnProperty(name = "measure-tracker.mail.sender-enabled", havingValue = "true", matchIfMissing = true)
@RequiredArgsConstructor
class OutboxSchedule {

	private final OutboxSender sender;

	@Scheduled(fixedDelayString = "${measure-tracker.mail.poll-interval:PT15S}")
	void poll() {
		sender.sendDue(OfficeTime.now());
	}
}
