package th.go.ita.measuretracker.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * One SMTP port for the whole test run: a context this initializer points at it can be shared by test classes,
 * where a port chosen per class ({@code @DynamicPropertySource}) would give each class a context of its own. A class
 * that reads the mails registers {@link #server()}; while none runs, the port refuses connections.
 */
public class TestSmtp implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final int PORT = Mails.freePort();

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertyValues.of("spring.mail.host=127.0.0.1", "spring.mail.port=" + PORT).applyTo(context);
	}

	/** GreenMail on {@link #PORT} for one test class, started before its first test and stopped after its last. */
	public static GreenMailExtension server() {
		return new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", "smtp"))
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
			.withPerMethodLifecycle(false);
	}
}
