package th.go.ita.measuretracker.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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

	/** How many times each Message-ID arrived: the app gives a mail one Message-ID however often it is sent. */
	public static Map<String, Long> byMessageId(MimeMessage... messages) {
		return Arrays.stream(messages).map(message -> {
			try {
				return message.getMessageID();
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
	}

	/** Arrivals beyond the first, over all Message-IDs. */
	public static long duplicates(Map<String, Long> byMessageId) {
		return byMessageId.values().stream().mapToLong(n -> n - 1).sum();
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
