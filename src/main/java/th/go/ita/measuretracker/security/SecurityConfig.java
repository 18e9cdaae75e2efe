package th.go.ita.measuretracker.security;

import java.util.LinkedHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

/**
 * Spring Security authenticates everyone (form login for people, HTTP Basic for scripts) against Camunda's
 * identity service; Camunda's webapps and REST API then take the user from the servlet container instead of
 * running a login of their own, so there is one login for everything and no anonymous engine access. A browser is
 * never asked for Basic credentials: pages send it to the login form, APIs answer 401 without a challenge.
 */
@Configuration
class SecurityConfig {

	static final String LOGIN_PAGE = "/login";

	/**
	 * Our pages load scripts, styles, images and fonts from here only: no inline script or style (the status charts
	 * are SVG styled by app.css).
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** Swagger UI adds a style element of its own and embeds its icons as data: URIs; its scripts are files. */
	static final String SWAGGER_UI_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
			"style-src 'self' 'unsafe-inline'");

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, CamundaIdentityAuthenticationProvider identity)
			throws Exception {
		LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> byKind = new LinkedHashMap<>();
		byKind.put(Requests::isApi, new ProblemEntryPoint());
		DelegatingAuthenticationEntryPoint apiOrPage = new DelegatingAuthenticationEntryPoint(byKind);
		apiOrPage.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE));
		http.authenticationProvider(identity)
			.authorizeHttpRequests(auth -> auth
				.requestMatchers(antMatcher(LOGIN_PAGE), antMatcher("/css/**"), antMatcher("/fonts/**"), antMatcher(HttpMethod.GET, "/public/**"),
						antMatcher("/error"), antMatcher("/actuator/health"), antMatcher("/actuator/health/**"))
				.permitAll()
				// Camunda checks no authorization on jobs without a process definition (history clean-up)
				.requestMatchers(Requests::changesAJob)
				.hasAuthority(Viewer.ROLE_ADMIN)
				// password checks that would bypass the login throttle: our login is the only door
				.requestMatchers(Requests::isPasswordCheck)
				.denyAll()
				.requestMatchers(Requests::isClosedToPeople)
				.hasAuthority(Viewer.ROLE_ADMIN)
				.requestMatchers(antMatcher(HttpMethod.POST, "/api/plans"), antMatcher(HttpMethod.POST, "/api/plans/**"),
						antMatcher(HttpMethod.POST, "/plans/**"), antMatcher("/api/security/**"))
				.hasAuthority(Viewer.ROLE_ADMIN)
				// plans and their history: admins change them, managers read them
				.requestMatchers(antMatcher("/api/plans/**"), antMatcher("/plans"), antMatcher("/plans/**"))
				.hasAnyAuthority(Viewer.ROLE_ADMIN, Viewer.ROLE_MANAGER)
				// managers prepare the documents the office publishes, the head of office approves them (Tasklist)
				.requestMatchers(antMatcher(HttpMethod.POST, "/api/documents"))
				.hasAnyAuthority(Viewer.ROLE_ADMIN, Viewer.ROLE_MANAGER)
				.requestMatchers(antMatcher("/api/documents"), antMatcher("/api/documents/**"))
				.hasAnyAuthority(Viewer.ROLE_ADMIN, Viewer.ROLE_MANAGER, Viewer.ROLE_HEAD)
				.requestMatchers(antMatcher(HttpMethod.POST, "/api/report-rounds"), antMatcher("/api/outbox"),
						antMatcher(HttpMethod.POST, "/api/assessments"))
				.hasAnyAuthority(Viewer.ROLE_ADMIN, Viewer.ROLE_MANAGER)
				// publishing evidence goes with approving reports, which is the managers' alone
				.requestMatchers(antMatcher(HttpMethod.PUT, "/api/evidence/*/publication"))
				.hasAuthority(Viewer.ROLE_MANAGER)
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage(LOGIN_PAGE).defaultSuccessUrl("/", false).permitAll())
			.httpBasic(b -> b.authenticationEntryPoint(apiOrPage))
			.logout(logout -> logout.logoutSuccessUrl(LOGIN_PAGE + "?logout"))
			.exceptionHandling(ex -> ex.authenticationEntryPoint(apiOrPage))
			.csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfig::needsCsrfToken))
			// HSTS stays Spring's default: sent on secure requests only, which behind a TLS proxy they are
			// (server.forward-headers-strategy)
			.headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.addHeaderWriter(SecurityConfig::writeContentSecurityPolicy));
		return http.build();
	}

	/**
	 * Camunda's webapps send a policy of their own (camunda.bpm.webapp.header-security): a second one would be
	 * intersected with it by the browser and break them. A response that set a stricter one (a download) keeps it.
	 */
	private static void writeContentSecurityPolicy(HttpServletRequest request, HttpServletResponse response) {
		if (!Requests.isCamundaWebapp(request) && !response.containsHeader("Content-Security-Policy")) {
			response.setHeader("Content-Security-Policy",
					Requests.isSwaggerUi(request) ? SWAGGER_UI_POLICY : CONTENT_SECURITY_POLICY);
		}
	}

	/**
	 * CSRF rides on what a browser adds by itself: its session cookie, or Basic credentials it once was asked for.
	 * A script's call (credentials, no session cookie, not from another site) has nothing to ride on, and neither
	 * has an API call with no session (it is answered 401 rather than a puzzling 403). Camunda's webapps guard
	 * /camunda/api with their own CSRF filter, which wants its token on every change, Basic or not.
	 */
	private static boolean needsCsrfToken(HttpServletRequest request) {
		if (Requests.isSafe(request) || Requests.isCamundaWebapp(request)) {
			return false;
		}
		if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
			return !Requests.isScriptCall(request);
		}
		return !Requests.isApi(request) || request.getRequestedSessionId() != null;
	}

	@Bean
	FilterRegistrationBean<FirewallFirst> firewallFirst() {
		FilterRegistrationBean<FirewallFirst> registration = new FilterRegistrationBean<>(new FirewallFirst());
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

	/** After Spring Security (it needs the caller), before Camunda's REST API answers. */
	@Bean
	FilterRegistrationBean<HiddenTasks> hiddenTasks(TaskService tasks, IdentityService identity) {
		FilterRegistrationBean<HiddenTasks> registration = new FilterRegistrationBean<>(new HiddenTasks(tasks, identity));
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
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
