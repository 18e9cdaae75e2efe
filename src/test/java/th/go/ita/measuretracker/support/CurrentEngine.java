package th.go.ita.measuretracker.support;

import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.admin.impl.DefaultAdminRuntimeDelegate;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.impl.DefaultTasklistRuntimeDelegate;
import org.camunda.bpm.welcome.Welcome;
import org.camunda.bpm.welcome.impl.DefaultWelcomeRuntimeDelegate;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * The test JVM runs one application context after another, and a test may start a second app in it
 * (DeploymentTests); Camunda keeps what its REST API and webapps need in statics of the JVM, which the app that
 * closes last clears, whichever app set them. Spring's context cache closes the last context only after the next
 * one has started, so this listener puts them back before each test:
 * <ul>
 * <li>the engine, in the registries where REST and the webapps look "default" up;</li>
 * <li>Cockpit's, Tasklist's, Admin's and Welcome's runtime delegates, which a closing Tomcat sets to null (a 500
 * on every webapp page) and which cache per engine name what they read the engine's database with.</li>
 * </ul>
 * After each test it gives the engine back as the next test class, which may share the context, expects it:
 * Camunda's real clock (a static of the JVM) and nobody authenticated.
 */
public class CurrentEngine extends AbstractTestExecutionListener {

	/** The engine the statics were last pointed at. */
	private static ProcessEngine current;

	@Override
	public int getOrder() {
		return 2500; // after dependency injection, which starts the context (and closes the one before)
	}

	@Override
	public void prepareTestInstance(TestContext context) {
		ProcessEngine engine = engine(context);
		if (engine == null) {
			return;
		}
		ProcessEngines.registerProcessEngine(engine);
		RuntimeContainerDelegate container = RuntimeContainerDelegate.INSTANCE.get();
		ProcessEngine registered = container.getProcessEngineService().getProcessEngine(engine.getName());
		if (registered != engine) {
			if (registered != null) {
				container.unregisterProcessEngine(registered);
			}
			container.registerProcessEngine(engine);
		}
		if (engine != current || Cockpit.getRuntimeDelegate() == null || Tasklist.getRuntimeDelegate() == null
				|| Admin.getRuntimeDelegate() == null || Welcome.getRuntimeDelegate() == null) {
			Cockpit.setCockpitRuntimeDelegate(new DefaultCockpitRuntimeDelegate());
			Tasklist.setTasklistRuntimeDelegate(new DefaultTasklistRuntimeDelegate());
			Admin.setAdminRuntimeDelegate(new DefaultAdminRuntimeDelegate());
			Welcome.setRuntimeDelegate(new DefaultWelcomeRuntimeDelegate());
			current = engine;
		}
	}

	@Override
	public void afterTestMethod(TestContext context) {
		ClockUtil.reset();
		ProcessEngine engine = engine(context);
		if (engine != null) {
			engine.getIdentityService().clearAuthentication();
		}
	}

	private static ProcessEngine engine(TestContext context) {
		if (!context.hasApplicationContext()) {
			return null;
		}
		return context.getApplicationContext().getBeanProvider(ProcessEngine.class).getIfAvailable();
	}
}
