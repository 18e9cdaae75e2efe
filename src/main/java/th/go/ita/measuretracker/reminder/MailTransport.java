package th.go.ita.measuretracker.reminder;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends over SMTP when {@code spring.mail.host} is set; otherwise (the embedded default) writes the mail to the
 * log and reports it LOGGED, so nothing is silently dropped.
 */
@Component
class MailTransport {

	private static final Logger log = LoggerFactory.getLogger(MailTransport.class);

	private final JavaMailSender smtp;
	private final String from;

	MailTransport(ObjectProvider<JavaMailSender> smtp, @Value("${measure-tracker.mail.from}") String from) {
		this.smtp = smtp.getIfAvailable();
		this.from = from;
	}

	/** @return the status the row gets: SENT, or LOGGED without SMTP */
	String deliver(OutboxRepository.OutboxMail mail) {
		if (smtp == null) {
			log.info("Mail (no SMTP configured) to {}: {}", mail.recipient(), mail.subject());
			return "LOGGED";
		}
		MimeMessage message = smtp.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
			helper.setFrom(from);
			helper.setTo(mail.recipient());
			helper.setSubject(mail.subject());
			helper.setText(mail.body(), true);
		}
		catch (MessagingException ex) {
			throw new MailPreparationException("cannot build mail " + mail.id() + ": " + ex.getMessage(), ex);
		}
		smtp.send(message);
		return "SENT";
	}
}
