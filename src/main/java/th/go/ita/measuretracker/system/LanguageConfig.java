package th.go.ita.measuretracker.system;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.filter.OrderedFilter;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

import th.go.ita.measuretracker.fiscal.Wording;

/**
 * Thai first: a page, an API answer or an error speaks Thai unless the person picks English with {@code ?lang=en}
 * (which a cookie then remembers) or their browser prefers English to Thai. Any other value of {@code lang} is
 * ignored: it is never parsed, echoed or stored (Spring's LocaleChangeInterceptor answered markup in it with an
 * error naming it). The language is decided once per request, before security and Camunda see it, so that their
 * answers (login required, a refused task) speak it too; code reads it through {@link Wording}.
 */
@Configuration
class LanguageConfig {

	static final Set<String> LANGUAGES = Set.of("th", "en");
	private static final List<Locale> OFFERED = List.of(Wording.THAI, Wording.ENGLISH);

	/** Spring's own name for it: Thymeleaf's #{…} and Spring's problem details read the same bundles as Wording. */
	@Bean
	MessageSource messageSource() {
		return Wording.messages();
	}

	@Bean
	CookieLocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("mt-lang");
		resolver.setDefaultLocaleFunction(LanguageConfig::browserLanguage);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		// a cookie we did not write (edited, or set by a sibling site) means no choice, not a 500
		resolver.setRejectInvalidCookies(false);
		return resolver;
	}

	/** English when the browser ranks it above Thai; Thai when it names neither, names none, or garbles the header. */
	static Locale browserLanguage(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		if (header == null || header.isBlank()) {
			return Wording.THAI;
		}
		try {
			Locale best = Locale.lookup(Locale.LanguageRange.parse(header), OFFERED);
			return best == null ? Wording.THAI : best;
		}
		catch (IllegalArgumentException ex) {
			return Wording.THAI;
		}
	}

	/** After Spring's RequestContextFilter (which would take the server's language), before Spring Security. */
	@Bean
	FilterRegistrationBean<LanguageChoice> languageChoice(CookieLocaleResolver localeResolver) {
		FilterRegistrationBean<LanguageChoice> registration = new FilterRegistrationBean<>(
				new LanguageChoice(localeResolver));
		registration.setOrder(OrderedFilter.REQUEST_WRAPPER_FILTER_MAX_ORDER - 104);
		return registration;
	}

	static final class LanguageChoice extends OncePerRequestFilter {

		private final CookieLocaleResolver resolver;

		LanguageChoice(CookieLocaleResolver resolver) {
			this.resolver = resolver;
		}

		/** An error page, too, speaks the reader's language (RequestContextFilter would set the server's). */
		@Override
		protected boolean shouldNotFilterErrorDispatch() {
			return false;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String chosen = chosenLanguage(request.getQueryString());
			if (chosen != null) {
				resolver.setLocale(request, response, Locale.forLanguageTag(chosen));
			}
			LocaleContext before = LocaleContextHolder.getLocaleContext();
			LocaleContextHolder.setLocaleContext(resolver.resolveLocaleContext(request));
			try {
				chain.doFilter(request, response);
			}
			finally {
				LocaleContextHolder.setLocaleContext(before);
			}
		}

		/**
		 * Read from the query string only: asking the request for a parameter would read a form-encoded body that
		 * Camunda's REST API still has to read.
		 */
		static String chosenLanguage(String query) {
			if (query == null) {
				return null;
			}
			for (String pair : query.split("&")) {
				if (pair.startsWith("lang=")) {
					String value = pair.substring("lang=".length());
					return LANGUAGES.contains(value) ? value : null;
				}
			}
			return null;
		}
	}
}
