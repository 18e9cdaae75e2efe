package th.go.ita.measuretracker.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** Runs a {@code @SpringBootTest} on the real PostgreSQL instead of H2 (see {@link PostgresTestDatabase}). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ActiveProfiles({ "test", "postgres" })
@ContextConfiguration(initializers = PostgresTestDatabase.class)
public @interface PostgresTest {
}
