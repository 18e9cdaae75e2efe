package th.go.ita.measuretracker.support;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.core.model.CoreModelElement;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.Ordering;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;

/**
 * The coverage recorder in the app's engine (what the library's ProcessEngineCoverageConfiguration does), plus one
 * fix: the recorder looks up the process definition of every element it records as whoever is acting, so a group
 * member completing a task in our tests — authorizations on, no right to read process definitions, as in
 * production — would be refused. Its listeners therefore run without the authorization check; everything else the
 * user does is still checked. A test configuration: the app of {@link AppTest} gets it.
 */
@TestConfiguration(proxyBeanMethods = false)
class ProcessCoverage {

	@Bean
	@Order(Ordering.DEFAULT_ORDER + 1)
	AbstractCamundaConfiguration processCoverageRecorder() {
		return new AbstractCamundaConfiguration() {
			@Override
			public void preInit(SpringProcessEngineConfiguration configuration) {
				ProcessCoverageConfigurator.initializeProcessCoverageExtensions(configuration);
				configuration.getCustomPostBPMNParseListeners().add(new RecorderWithoutAuthorizationCheck());
			}
		};
	}

	/** Runs after the recorder's parse listener: wraps each listener it added to the process's elements. */
	static class RecorderWithoutAuthorizationCheck extends AbstractBpmnParseListener {

		private static final String RECORDER_PACKAGE = "org.camunda.community.process_test_coverage.";

		@Override
		public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
			wrapWithin(processDefinition);
		}

		private void wrapWithin(ScopeImpl scope) {
			for (ActivityImpl activity : scope.getActivities()) {
				wrap(activity);
				activity.getOutgoingTransitions().forEach(transition -> wrap((TransitionImpl) transition));
				wrapWithin(activity);
			}
		}

		private void wrap(CoreModelElement element) {
			for (var listeners : element.getListeners().values()) {
				for (int i = 0; i < listeners.size(); i++) {
					if (listeners.get(i) instanceof ExecutionListener recorder
							&& recorder.getClass().getName().startsWith(RECORDER_PACKAGE)) {
						listeners.set(i, new WithoutAuthorizationCheck(recorder));
					}
				}
			}
		}
	}

	record WithoutAuthorizationCheck(ExecutionListener recorder) implements ExecutionListener {

		@Override
		public void notify(DelegateExecution execution) throws Exception {
			Context.getCommandContext().runWithoutAuthorization(() -> {
				recorder.notify(execution);
				return null;
			});
		}
	}
}
