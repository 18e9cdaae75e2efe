package th.go.ita.measuretracker.support;

import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Several cached test contexts each run an engine named "default", but Camunda's REST API and webapps look the
 * engine up by name in static registries, where the last one started wins. Before each test this points those
 * registries at the engine of the test's own context, so a REST call reaches the database the test prepared.
 */
public class CurrentEngine extends AbstractTestExecutionListener {

	@Override
	public int getOrder() {
		return 2500; // after dependency injection
	}

	@Override
	public void prepareTestInstance(TestContext context) {
		if (!context.hasApplicationContext()) {
			return;
		}
		ProcessEngine engine = context.getApplicationContext().getBeanProvider(ProcessEngine.class).getIfAvailable();
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
	}
}
