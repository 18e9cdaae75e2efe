package th.go.ita.measuretracker.reminder;

import java.time.OffsetDateTime;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reminder mails of a measure, newest first, for the people who follow it. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class SentReminders {

	public record ReminderMail(String kind, String recipient, String subject, String status, int attempts,
			OffsetDateTime createdAt, OffsetDateTime sentAt) {
	}

	private final OutboxRepository outbox;

	public List<ReminderMail> of(long measureId) {
		return outbox.find(measureId, null, 500).stream()
			.map(m -> new ReminderMail(m.kind(), m.recipient(), m.subject(), m.status(), m.attempts(), m.createdAt(),
					m.sentAt()))
			.toList();
	}
}
