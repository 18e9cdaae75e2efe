package th.go.ita.measuretracker.support;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/**
 * MockMvc as {@code @AutoConfigureMockMvc} sets it up (every servlet filter, Spring Security's included), in every
 * test context the app's component scan reaches, from the auto-configurations listed in
 * META-INF/spring/th.go.ita.measuretracker.support.MockMvcInEveryContext.imports. On a test class the annotation
 * would give that class a context of its own instead of the one {@link AppTest} classes share; here it costs
 * nothing where unused. (The annotation itself may not sit on a bean: Spring Boot refuses its property mapping.)
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration
class MockMvcInEveryContext {
}
