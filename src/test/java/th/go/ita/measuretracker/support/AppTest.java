package th.go.ita.measuretracker.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole app on H2 (application-test.yml) on a random port, for a test class that needs the app; MockMvc can be
 * autowired too ({@link MockMvcInEveryContext}). Every class declared with it alone shares one application context
 * for the whole run instead of starting its own (10-30 s each), so each test starts from a state it makes itself:
 * CleanSlate or SeedScenario in {@code @BeforeEach}. Adding properties, profiles, initializers, {@code @MockitoBean}s,
 * {@code @AutoConfigureMockMvc} or a {@code @DynamicPropertySource} gives the class a context of its own, which
 * TestContextsTests refuses unless it names the reason. {@link PostgresTest} is the same on PostgreSQL. The engine
 * records flow-node coverage for the process tests ({@link ProcessTest}); recording costs the others next to nothing.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ProcessCoverage.class)
public @interface AppTest {
}
