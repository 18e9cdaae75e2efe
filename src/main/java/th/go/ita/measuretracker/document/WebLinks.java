package th.go.ita.measuretracker.document;

import java.net.URI;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The links published documents and the public page may carry: web addresses only (no javascript:, file: or
 * mailto:), a path of this app made absolute with its public address, so that it works from a PDF too.
 */
@Component
@RequiredArgsConstructor
class WebLinks {

	private final DocumentSettings settings;

	/** The longest link kept (db/migration: document_link.url). */
	static final int MAX_LENGTH = 2000;

	/** @return the absolute http(s) address, or {@code null} when the text is no web link */
	String absolute(String url) {
		if (url == null || url.isBlank() || url.length() > MAX_LENGTH - 200) {
			return null;
		}
		String link = url.strip();
		if (link.startsWith("/") && !link.startsWith("//")) {
			link = settings.publicUrl().replaceAll("/+$", "") + link;
		}
		try {
			URI uri = URI.create(link);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
