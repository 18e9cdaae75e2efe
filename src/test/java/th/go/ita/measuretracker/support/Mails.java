package th.go.ita.measuretracker.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** Reading what GreenMail received, without checked exceptions in every stream. */
public final class Mails {

	private Mails() {
	}

	/** A port to run GreenMail on: fixed for the test class, so the server can be stopped and restarted on it. */
	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static List<String> recipients(MimeMessage... messages) {
		return Arrays.stream(messages).flatMap(m -> {
			try {
				return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}
}
