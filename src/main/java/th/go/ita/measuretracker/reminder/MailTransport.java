package th.go.ita.measuretracker.reminder;

import java.nio.charset.StandardCharsets;
import java.util.Date;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends over SMTP when {@code spring.mail.host} is set; otherwise (the embedded default) writes the mail to the
 * log and reports it LOGGED, so nothing is silently dropped.
 */
@Component
class MailTransport {

	private static final Logger log = LoggerFactory.getLogger(MailTransport.class);

	private final JavaMailSenderImpl smtp;
	private final String from;

	MailTransport(ObjectProvider<JavaMailSenderImpl> smtp, @Value("${measure-tracker.mail.from}") String from) {
		this.smtp = smtp.getIfAvailable();
		this.from = from;
	}

	/**
	 * A connection for one batch. Opening an SMTP session per mail cost more than the mail itself (10,000 reminders
	 * at once, BENCHMARKS.md), so a batch shares one session, opened on the first mail and again after a failure.
	 */
	Connection open() {
		return new Connection();
	}

	final class Connection implements AutoCloseable {

		private Transport transport;

		/** @return the status the row gets: SENT, or LOGGED without SMTP */
		String deliver(OutboxRepository.OutboxMail mail) {
			if (smtp == null) {
				log.info("Mail (no SMTP configured) to {}: {}", mail.recipient(), mail.subject());
				return "LOGGED";
			}
			MimeMessage message = build(mail);
			try {
				if (transport == null || !transport.isConnected()) {
					transport = smtp.getSession().getTransport(smtp.getProtocol());
					transport.connect(smtp.getHost(), smtp.getPort(), smtp.getUsername(), smtp.getPassword());
				}
				transport.sendMessage(message, message.getAllRecipients());
				return "SENT";
			}
			catch (MessagingException ex) {
				close();
				throw new MailSendException("SMTP " + smtp.getHost() + ":" + smtp.getPort() + ": " + ex.getMessage(), ex);
			}
		}

		@Override
		public void close() {
			if (transport != null) {
				try {
					transport.close();
				}
				catch (MessagingException ex) {
					log.debug("closing the SMTP session: {}", ex.getMessage());
				}
				transport = null;
			}
		}
	}

	private MimeMessage build(OutboxRepository.OutboxMail mail) {
		MimeMessage message = new OutboxMessage(smtp.createMimeMessage(), mail);
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
			helper.setFrom(from);
			helper.setTo(mail.recipient());
			helper.setSubject(mail.subject());
			helper.setText(mail.body(), true);
			message.setSentDate(new Date());
			message.saveChanges();
			return message;
		}
		catch (MessagingException ex) {
			throw new MailPreparationException("cannot build mail " + mail.id() + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * A mail keeps one Message-ID however often it is sent: in the one case where a mail can go out twice (a node
	 * killed after SMTP accepted it and before it was marked sent), the copies are recognisable as the same mail,
	 * and mail servers that drop repeated Message-IDs drop the second.
	 */
	private static final class OutboxMessage extends MimeMessage {

		private final String messageId;

		OutboxMessage(MimeMessage template, OutboxRepository.OutboxMail mail) {
			super(template.getSession());
			// the dedup key's hash keeps ids from two installations (both counting rows from 1) apart
			this.messageId = "<outbox-" + mail.id() + "." + Integer.toHexString(mail.dedupKey().hashCode())
					+ "@measure-tracker>";
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", messageId);
		}
	}
}
