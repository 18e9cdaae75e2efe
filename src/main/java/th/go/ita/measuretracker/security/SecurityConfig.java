package th.go.ita.measuretracker.security;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

/**
 * Spring Security authenticates everyone (form login for people, HTTP Basic for scripts) against Camunda's
 * identity service; Camunda's webapps and REST API then take the user from the servlet container instead of
 * running a login of their own, so there is one login for everything and no anonymous engine access.
 */
@Configuration
class SecurityConfig {

	static final String LOGIN_PAGE = "/login";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, CamundaIdentityAuthenticationProvider identity)
			throws Exception {
		RequestMatcher apis = SecurityConfig::isApi;
		BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
		basic.setRealmName("measure-tracker");
		http.authenticationProvider(identity)
			.authorizeHttpRequests(auth -> auth
				.requestMatchers(antMatcher(LOGIN_PAGE), antMatcher("/css/**"), antMatcher("/error"),
						antMatcher("/actuator/health"), antMatcher("/actuator/health/**"))
				.permitAll()
				.requestMatchers(antMatcher(HttpMethod.POST, "/api/plans"))
				.hasAuthority(Viewer.ROLE_ADMIN)
				.requestMatchers(antMatcher(HttpMethod.POST, "/api/report-rounds"), antMatcher("/api/outbox"),
						antMatcher(HttpMethod.POST, "/api/assessments"))
				.hasAnyAuthority(Viewer.ROLE_ADMIN, Viewer.ROLE_MANAGER)
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage(LOGIN_PAGE).defaultSuccessUrl("/", false).permitAll())
			.httpBasic(b -> b.authenticationEntryPoint(basic))
			.logout(logout -> logout.logoutSuccessUrl(LOGIN_PAGE + "?logout"))
			.exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(basic, apis)
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE), request -> true))
			// Browser sessions need a CSRF token; scripts sending credentials in each request do not, and
			// Camunda's webapps guard /camunda/api with their own CSRF filter.
			.csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfig::needsCsrfToken))
			.headers(Customizer.withDefaults());
		return http.build();
	}

	/**
	 * CSRF rides on a browser's ambient session cookie. A request that brings its own credentials, or an API call
	 * with no session at all, has nothing to ride on; the API then answers 401 rather than a puzzling 403.
	 */
	private static boolean needsCsrfToken(HttpServletRequest request) {
		String method = request.getMethod();
		boolean safe = HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method)
				|| HttpMethod.OPTIONS.matches(method) || HttpMethod.TRACE.matches(method);
		if (safe || request.getHeader("Authorization") != null || path(request).startsWith("/camunda/")) {
			return false;
		}
		return !isApi(request) || request.getSession(false) != null;
	}

	private static boolean isApi(HttpServletRequest request) {
		String path = path(request);
		return path.startsWith("/engine-rest/") || path.equals("/engine-rest") || path.startsWith("/api/");
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	@Bean
	FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappAuthentication() {
		FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ContainerBasedAuthenticationFilter());
		registration.addInitParameter("authentication-provider", ContainerBasedAuthenticationProvider.class.getName());
		registration.addUrlPatterns("/camunda/*");
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> camundaRestAuthentication() {
		FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ProcessEngineAuthenticationFilter());
		registration.addInitParameter("authentication-provider", ContainerBasedAuthenticationProvider.class.getName());
		registration.addUrlPatterns("/engine-rest/*");
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
		return registration;
	}
}
