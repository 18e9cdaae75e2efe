package th.go.ita.measuretracker.reminder;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import th.go.ita.measuretracker.workflow.RemindedTasks.RemindedTask;

@Repository
class OutboxRepository {

	private final JdbcClient jdbc;
	/** PostgreSQL lets several nodes claim disjoint batches; H2 (one embedded node) just locks. */
	private final String lockClause;

	OutboxRepository(JdbcClient jdbc, DataSource dataSource) throws SQLException {
		this.jdbc = jdbc;
		try (Connection connection = dataSource.getConnection()) {
			boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
			this.lockClause = postgres ? " for update skip locked" : " for update";
		}
	}

	/** Adds the mail unless a row with the same dedup key exists, so a retried job adds nothing twice. */
	void queue(String dedupKey, ReminderKind kind, String recipient, MailComposer.Mail mail, RemindedTask task, Instant now) {
		Timestamp at = Timestamp.from(now);
		jdbc.sql("""
				insert into mail_outbox (dedup_key, kind, recipient, subject, body, task_id, step_id, measure_id,
				  created_at, status, attempts, next_attempt_at)
				select ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?
				where not exists (select 1 from mail_outbox where dedup_key = ?)""")
			.params(dedupKey, kind.name(), recipient, mail.subject(), mail.htmlBody(), task.taskId(), task.stepId(),
					task.measureId(), at, at, dedupKey)
			.update();
	}

	/** Leases up to {@code limit} due rows to {@code claim}; a node that dies leaves them to others after the lease. */
	List<OutboxMail> claim(String claim, Instant now, Instant leaseUntil, int limit) {
		List<Long> ids = jdbc.sql("select id from mail_outbox where status = 'PENDING' and next_attempt_at <= ?"
				+ " and (claimed_until is null or claimed_until < ?) order by next_attempt_at, id fetch first " + limit
				+ " rows only" + lockClause)
			.params(Timestamp.from(now), Timestamp.from(now))
			.query(Long.class)
			.list();
		if (ids.isEmpty()) {
			return List.of();
		}
		jdbc.sql("update mail_outbox set claimed_by = :claim, claimed_until = :until where id in (:ids)")
			.param("claim", claim)
			.param("until", Timestamp.from(leaseUntil))
			.param("ids", ids)
			.update();
		return jdbc.sql("select * from mail_outbox where id in (:ids) order by id").param("ids", ids)
			.query(OutboxMail.class)
			.list();
	}

	void markDone(long id, String claim, String status, Instant at) {
		jdbc.sql("update mail_outbox set status = ?, sent_at = ?, attempts = attempts + 1, claimed_by = null,"
				+ " claimed_until = null, last_error = null where id = ? and claimed_by = ?")
			.params(status, Timestamp.from(at), id, claim)
			.update();
	}

	void markRetry(long id, String claim, Instant nextAttempt, String error) {
		jdbc.sql("update mail_outbox set attempts = attempts + 1, next_attempt_at = ?, last_error = ?,"
				+ " claimed_by = null, claimed_until = null where id = ? and claimed_by = ?")
			.params(Timestamp.from(nextAttempt), truncate(error), id, claim)
			.update();
	}

	void markFailed(long id, String claim, String error) {
		jdbc.sql("update mail_outbox set status = 'FAILED', attempts = attempts + 1, last_error = ?, claimed_by = null,"
				+ " claimed_until = null where id = ? and claimed_by = ?")
			.params(truncate(error), id, claim)
			.update();
	}

	List<OutboxMail> find(Long measureId, String status, int limit) {
		return jdbc.sql("""
				select * from mail_outbox
				where (cast(:measure as bigint) is null or measure_id = :measure)
				  and (cast(:status as varchar(10)) is null or status = :status)
				order by id desc fetch first :limit rows only""")
			.param("measure", measureId)
			.param("status", status)
			.param("limit", limit)
			.query(OutboxMail.class)
			.list();
	}

	private static String truncate(String error) {
		return error == null || error.length() <= 2000 ? error : error.substring(0, 2000);
	}

	record OutboxMail(long id, String dedupKey, String kind, String recipient, String subject, String body,
			String taskId, Long stepId, Long measureId, OffsetDateTime createdAt, String status, int attempts,
			OffsetDateTime nextAttemptAt, OffsetDateTime sentAt, String lastError) {
	}
}
