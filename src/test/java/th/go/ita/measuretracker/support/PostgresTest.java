package th.go.ita.measuretracker.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole app on the real PostgreSQL instead of H2 (see {@link PostgresTestDatabase}), mails going to the SMTP
 * port of {@link TestSmtp}, as in production. Like {@link AppTest}, every class declared with it alone (or with
 * {@code @SpringBootTest @PostgresTest}) shares one application context for the whole run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@ActiveProfiles({ "test", "postgres" })
@ContextConfiguration(initializers = { PostgresTestDatabase.class, TestSmtp.class })
public @interface PostgresTest {
}
