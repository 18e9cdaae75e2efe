package th.go.ita.measuretracker.system;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The Thai font the PDF export embeds (Laksaman, TLWG, GPL-2+ with font exception: fonts/Laksaman-COPYRIGHT.txt,
 * served beside it) is the pages' font too, from the same files: a page looks alike on every computer and phone,
 * with or without a Thai font of its own. Public, for the login page; the security policy allows fonts from here.
 */
@Configuration
class WebFonts implements WebMvcConfigurer {

	static final String PATH = "/fonts/**";

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler(PATH)
			.addResourceLocations("classpath:/fonts/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePublic());
	}
}
