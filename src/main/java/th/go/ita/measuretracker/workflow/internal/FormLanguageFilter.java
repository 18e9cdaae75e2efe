package th.go.ita.measuretracker.workflow.internal;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * One language per screen in Tasklist: a task's Camunda Form comes in the language Tasklist shows, not always in
 * Thai. Tasklist fetches the form from the engine's REST API ({@code …/task/{id}/deployed-form}) and speaks the
 * browser's first language if it has it (Thai, English, German), English otherwise; this filter gives the same
 * browser the form in Thai as deployed, or in English ({@link FormTranslations}). It only rewrites texts of a form
 * the caller was allowed to read: whatever the engine answers other than 200 passes as it is.
 */
@Component
class FormLanguageFilter extends OncePerRequestFilter {

	static final String THAI = "th";
	static final String ENGLISH = "en";

	private static final Pattern DEPLOYED_FORM = Pattern.compile("/(camunda/api/engine/engine/[^/]+|engine-rest(/engine/[^/]+)?)/"
			+ "(task/[^/]+/deployed-form|process-definition/.+/deployed-start-form)");

	private final FormTranslations translations = FormTranslations.fromClasspath();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !"GET".equals(request.getMethod()) || !DEPLOYED_FORM.matcher(path).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
		String language = language(request);
		if (THAI.equals(language)) {
			chain.doFilter(request, response);
			return;
		}
		ContentCachingResponseWrapper form = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, form);
		Optional<byte[]> translated = form.getStatus() == HttpServletResponse.SC_OK
				? translations.translate(form.getContentAsByteArray(), language) : Optional.empty();
		if (translated.isPresent()) {
			form.resetBuffer();
			form.getOutputStream().write(translated.get());
		}
		form.copyBodyToResponse();
	}

	/** As Tasklist chooses: the browser's first language; the forms' own, Thai, when the request names none. */
	static String language(HttpServletRequest request) {
		if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
			return THAI;
		}
		return THAI.equals(request.getLocale().getLanguage()) ? THAI : ENGLISH;
	}
}
