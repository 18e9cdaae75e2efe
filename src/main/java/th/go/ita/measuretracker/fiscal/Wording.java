package th.go.ita.measuretracker.fiscal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * What the application says to a person, in one language: messages.properties (Thai) or messages_en.properties
 * (English). The reader's language is the request's (system/LanguageConfig puts it in {@link LocaleContextHolder}
 * for every request, Camunda's included); whatever runs without a person asking (jobs, mails, start-up) speaks
 * Thai, the office's language. A date or moment given as an argument is written by {@link ThaiDates}.
 * <p>
 * Messages are looked up when the text is made, so an exception carries its message in the reader's language to
 * whichever API answers it (ours, Camunda's REST API, Tasklist's). Spring's {@link MessageSource} bean is the same
 * one, so pages and code read the same bundles the same way.
 */
public final class Wording {

	public static final Locale THAI = Locale.forLanguageTag("th");
	public static final Locale ENGLISH = Locale.ENGLISH;

	private static final ReadableMessages MESSAGES = new ReadableMessages();

	private Wording() {
	}

	/** The application's one message source (also Spring's "messageSource" bean). */
	public static MessageSource messages() {
		return MESSAGES;
	}

	/** Thai, or English when the person reading chose it. */
	public static Locale locale() {
		LocaleContext context = LocaleContextHolder.getLocaleContext();
		Locale locale = context == null ? null : context.getLocale();
		return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : THAI;
	}

	/** The message {@code code} in the reader's language ({@link #locale()}). */
	public static String of(String code, Object... args) {
		return in(locale(), code, args);
	}

	public static String in(Locale locale, String code, Object... args) {
		return MESSAGES.getMessage(code, args, locale);
	}

	/**
	 * The bundles, read as UTF-8, Thai when a language has none (never the server's own language). A message with
	 * arguments is a {@link java.text.MessageFormat}: a year is written {0,number,#} (else 2,567) and an apostrophe
	 * twice.
	 */
	private static final class ReadableMessages extends ResourceBundleMessageSource {

		ReadableMessages() {
			setBasename("messages");
			setDefaultEncoding("UTF-8");
			setFallbackToSystemLocale(false);
		}

		@Override
		protected Object[] resolveArguments(Object[] args, Locale locale) {
			Object[] resolved = super.resolveArguments(args, locale);
			for (int i = 0; i < resolved.length; i++) {
				resolved[i] = ThaiDates.readable(resolved[i], locale);
			}
			return resolved;
		}
	}
}
