package th.go.ita.measuretracker.system;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Thai first: Thai unless the person picks English with {@code ?lang=en}, which a cookie then remembers. Any other
 * value is ignored: it is never parsed, echoed or stored (Spring's LocaleChangeInterceptor answered markup in it
 * with an error naming it).
 */
@Configuration
class LanguageConfig implements WebMvcConfigurer {

	static final Locale THAI = Locale.forLanguageTag("th");
	static final Set<String> LANGUAGES = Set.of("th", "en");

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("mt-lang");
		resolver.setDefaultLocale(THAI);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		// a cookie we did not write (edited, or set by a sibling site) means Thai, not a 500
		resolver.setRejectInvalidCookies(false);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LanguageChoice());
	}

	static final class LanguageChoice implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			String language = request.getParameter("lang");
			if (language != null && LANGUAGES.contains(language)) {
				RequestContextUtils.getLocaleResolver(request)
					.setLocale(request, response, Locale.forLanguageTag(language));
			}
			return true;
		}
	}
}
