package th.go.ita.measuretracker.reminder;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Sends over SMTP when {@code spring.mail.host} is set; otherwise (the embedded default) writes the mail to the
 * log and reports it LOGGED, so nothing is silently dropped.
 */
@Component
class MailTransport {

	private static final Logger log = LoggerFactory.getLogger(MailTransport.class);

	private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

	static {
		// Jakarta Mail 2.1 looks its stream provider up with a ServiceLoader, scanning every jar, each time it encodes
		// a header or a body; named here, the lookup is one class load. It was a third of the sender's time when
		// 10,000 reminders fell due at once (BENCHMARKS.md).
		if (System.getProperty(STREAM_PROVIDER) == null) {
			System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
		}
	}

	private final JavaMailSenderImpl smtp;
	private final InternetAddress from;

	MailTransport(ObjectProvider<JavaMailSenderImpl> smtp, @Value("${measure-tracker.mail.from}") String from)
			throws AddressException, UnsupportedEncodingException {
		this.smtp = smtp.getIfAvailable();
		InternetAddress parsed = new InternetAddress(from);
		this.from = new InternetAddress(parsed.getAddress(), parsed.getPersonal(), StandardCharsets.UTF_8.name());
	}

	/**
	 * A connection for one batch. Opening an SMTP session per mail cost more than the mail itself (10,000 reminders
	 * at once, BENCHMARKS.md), so a batch shares one session, opened on the first mail and again after a failure.
	 */
	Connection open() {
		return new Connection();
	}

	/** The mail server could not be reached at all: every mail of the batch would fail the same way. */
	static final class Unreachable extends MailSendException {

		Unreachable(String message, Throwable cause) {
			super(message, cause);
		}
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
				connect();
				transport.sendMessage(message, message.getAllRecipients());
				return "SENT";
			}
			catch (MessagingException ex) {
				close();
				throw new MailSendException("SMTP " + smtp.getHost() + ":" + smtp.getPort() + ": " + ex.getMessage(), ex);
			}
		}

		/** A failed send closes the session; asking isConnected() instead would cost a NOOP round trip per mail. */
		private void connect() {
			if (transport != null) {
				return;
			}
			try {
				transport = smtp.getSession().getTransport(smtp.getProtocol());
				transport.connect(smtp.getHost(), smtp.getPort(), smtp.getUsername(), smtp.getPassword());
			}
			catch (MessagingException ex) {
				transport = null;
				throw new Unreachable("SMTP " + smtp.getHost() + ":" + smtp.getPort() + " unreachable: " + ex.getMessage(),
						ex);
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

	/** Built by hand rather than with MimeMessageHelper, which loads the MIME type files anew for every mail. */
	private MimeMessage build(OutboxRepository.OutboxMail mail) {
		MimeMessage message = new OutboxMessage(smtp.getSession(), mail);
		String utf8 = StandardCharsets.UTF_8.name();
		try {
			message.setFrom(from);
			message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
			message.setSubject(mail.subject(), utf8);
			message.setText(mail.body(), utf8, "html");
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

		OutboxMessage(Session session, OutboxRepository.OutboxMail mail) {
			super(session);
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
