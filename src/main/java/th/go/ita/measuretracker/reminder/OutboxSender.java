package th.go.ita.measuretracker.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox: claims a batch under a lease (short transaction), sends each mail, and records the result
 * per mail (its own short transaction). SMTP failures are retried with exponential back-off, forever; a mail that
 * can never be built is marked FAILED. A node killed between sending and recording can cause the one duplicate
 * this design allows: that mail is sent again once its lease runs out (at most one per sender thread).
 */
@Service
public class OutboxSender implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final OutboxRepository outbox;
	private final MailTransport transport;
	private final TransactionTemplate transactions;
	private final String node = UUID.randomUUID().toString().substring(0, 8);
	private final int batchSize;
	private final Duration lease;
	private final RetryDelays retries;
	private final int senders;
	private final ExecutorService pool;

	OutboxSender(OutboxRepository outbox, MailTransport transport, TransactionTemplate transactions,
			@Value("${measure-tracker.mail.batch-size:50}") int batchSize,
			@Value("${measure-tracker.mail.lease:PT5M}") Duration lease,
			@Value("${measure-tracker.mail.first-retry:PT30S}") Duration firstRetry,
			@Value("${measure-tracker.mail.max-retry:PT30M}") Duration maxRetry,
			@Value("${measure-tracker.mail.senders:4}") int senders) {
		this.outbox = outbox;
		this.transport = transport;
		this.transactions = transactions;
		this.batchSize = batchSize;
		this.lease = lease;
		this.retries = new RetryDelays(firstRetry, maxRetry);
		this.senders = Math.max(1, senders);
		AtomicInteger threads = new AtomicInteger();
		this.pool = Executors.newFixedThreadPool(this.senders, task -> {
			Thread thread = new Thread(task, "outbox-sender-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Sends what is due at {@code now}, batch after batch, on {@code senders} threads at once: each claims its own
	 * batches, so none waits for another's SMTP round trips and commits (ReminderDrainBenchmark).
	 *
	 * @return how many mails were delivered
	 */
	public int sendDue(Instant now) {
		if (senders == 1) {
			return sendBatches(now);
		}
		List<Callable<Integer>> workers = Collections.nCopies(senders, () -> sendBatches(now));
		int delivered = 0;
		try {
			for (Future<Integer> worker : pool.invokeAll(workers)) {
				delivered += worker.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("an outbox sender failed", ex.getCause());
		}
		return delivered;
	}

	@Override
	public void destroy() {
		pool.shutdownNow();
	}

	private int sendBatches(Instant now) {
		int delivered = 0;
		List<OutboxRepository.OutboxMail> batch;
		do {
			String claim = node + "-" + UUID.randomUUID();
			batch = transactions.execute(tx -> outbox.claim(claim, now, now.plus(lease), batchSize));
			try (MailTransport.Connection connection = transport.open()) {
				for (int i = 0; i < batch.size(); i++) {
					try {
						delivered += deliver(connection, batch.get(i), claim, now) ? 1 : 0;
					}
					catch (MailTransport.Unreachable ex) {
						// Each mail would wait out the connect timeout in turn, 50 of them longer than the lease; the
						// rest of the batch waits for the next try instead.
						for (OutboxRepository.OutboxMail mail : batch.subList(i, batch.size())) {
							retryLater(mail, claim, now, ex);
						}
						return delivered;
					}
				}
			}
		}
		while (batch.size() == batchSize);
		return delivered;
	}

	private boolean deliver(MailTransport.Connection connection, OutboxRepository.OutboxMail mail, String claim,
			Instant now) {
		try {
			String status = connection.deliver(mail);
			transactions.executeWithoutResult(tx -> outbox.markDone(mail.id(), claim, status, Instant.now()));
			return true;
		}
		catch (MailParseException | MailPreparationException ex) {
			log.error("Mail {} to {} can never be sent: {}", mail.id(), mail.recipient(), ex.getMessage());
			transactions.executeWithoutResult(tx -> outbox.markFailed(mail.id(), claim, ex.getMessage()));
		}
		catch (MailTransport.Unreachable ex) {
			throw ex;
		}
		catch (MailException ex) {
			retryLater(mail, claim, now, ex);
		}
		return false;
	}

	private void retryLater(OutboxRepository.OutboxMail mail, String claim, Instant now, MailException ex) {
		Instant next = now.plus(retries.after(mail.attempts()));
		log.warn("Mail {} to {} not sent (attempt {}), next try at {}: {}", mail.id(), mail.recipient(),
				mail.attempts() + 1, next, ex.getMessage());
		transactions.executeWithoutResult(tx -> outbox.markRetry(mail.id(), claim, next, ex.getMessage()));
	}
}
