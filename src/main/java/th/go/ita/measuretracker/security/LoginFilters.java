package th.go.ita.measuretracker.security;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.web.servlet.filter.OrderedRequestContextFilter;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.RequestContextFilter;

/** Our filters in front of Spring Security's filter chain ({@link SecurityConfig} keeps the chain itself). */
@Configuration
class LoginFilters {

	/**
	 * The request, for {@link CamundaIdentityAuthenticationProvider}, during Spring Security's filters. Spring Boot
	 * would register this filter there itself, but the Jersey of Camunda's REST API brings its own, after them.
	 */
	@Bean
	FilterRegistrationBean<RequestContextFilter> requestContextFilter() {
		OrderedRequestContextFilter filter = new OrderedRequestContextFilter();
		FilterRegistrationBean<RequestContextFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(filter.getOrder());
		return registration;
	}

	@Bean
	FilterRegistrationBean<SessionAuthoritiesRefresh> sessionAuthoritiesRefresh(UserAuthorities authorities) {
		FilterRegistrationBean<SessionAuthoritiesRefresh> registration = new FilterRegistrationBean<>(
				new SessionAuthoritiesRefresh(authorities));
		// Spring Security's chain reads the session's context next and judges the URL rules with the fresh rights
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}
}
