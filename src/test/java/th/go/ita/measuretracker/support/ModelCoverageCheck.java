package th.go.ita.measuretracker.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.community.process_test_coverage.core.export.CoverageStateJsonExporter;
import org.camunda.community.process_test_coverage.core.export.CoverageStateResult;
import org.camunda.community.process_test_coverage.core.model.Event;
import org.camunda.community.process_test_coverage.core.model.EventSource;
import org.camunda.community.process_test_coverage.core.model.Model;
import org.camunda.community.process_test_coverage.report.CoverageReportUtil;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Fails a {@link ProcessTest} class when fewer than {@link #MINIMUM} of its model's flow nodes were passed, and writes
 * the figures to target/process-test-coverage/&lt;model&gt;.txt. The coverage library only asserts one figure over
 * every model a class touched (a step test also runs the reminders), with sequence flows mixed in; this reads the
 * report.json the library's listener has just written and counts the named model's flow nodes alone. A node counts
 * once it was entered: GroupTaskReminders' receive task never completes, its caller terminates it.
 */
public class ModelCoverageCheck extends AbstractTestExecutionListener {

	public static final double MINIMUM = 0.9;

	private static final Logger log = LoggerFactory.getLogger(ModelCoverageCheck.class);

	private int testsRun;

	/**
	 * Just before the library's listener (Integer.MAX_VALUE): "after" callbacks run in reverse, so its report is
	 * written by the time {@link #afterTestClass} reads it.
	 */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 1;
	}

	@Override
	public void beforeTestClass(TestContext context) throws IOException {
		// a report left by an earlier run must not pass for this one
		Files.deleteIfExists(report(context.getTestClass()));
	}

	@Override
	public void afterTestMethod(TestContext context) {
		testsRun++;
	}

	@Override
	public void afterTestClass(TestContext context) throws IOException {
		Class<?> testClass = context.getTestClass();
		CoversModel covers = testClass.getAnnotation(CoversModel.class);
		if (covers == null) {
			return;
		}
		// a test switched off (@Disabled) is not waited for: the check runs, so another test must walk its paths
		long tests = Arrays.stream(testClass.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Test.class)
				&& !m.isAnnotationPresent(Disabled.class)).count();
		if (testsRun < tests) { // a single test run from the IDE or -Dtest=Class#method
			log.info("{} of {} tests of {} ran: coverage of {} not checked", testsRun, tests, testClass.getSimpleName(),
					covers.value());
			return;
		}
		Path report = report(testClass);
		if (!Files.exists(report)) {
			throw new AssertionError("No process coverage report " + report + ": is " + covers.value() + " deployed, and did "
					+ testClass.getSimpleName() + " run it?");
		}
		CoverageStateResult result = CoverageStateJsonExporter.readCoverageStateResult(Files.readString(report));
		Model model = result.getModels().stream().filter(m -> m.getKey().equals(covers.value())).findFirst()
			.orElseThrow(() -> new AssertionError(testClass.getSimpleName() + " never ran " + covers.value()));
		check(model, result, testClass);
	}

	private static void check(Model model, CoverageStateResult result, Class<?> testClass) throws IOException {
		Set<String> nodes = flowNodes(model);
		Set<String> passed = result.getEvents(model.getKey()).stream().filter(e -> e.getSource() == EventSource.FLOW_NODE)
			.map(Event::getDefinitionKey).filter(nodes::contains).collect(Collectors.toCollection(TreeSet::new));
		Set<String> missed = new TreeSet<>(nodes);
		missed.removeAll(passed);
		double ratio = (double) passed.size() / nodes.size();
		String line = String.format("%s: flow nodes %d/%d (%.0f %%), flow nodes and sequence flows %.0f %%; %s%s%n",
				model.getKey(), passed.size(), nodes.size(), ratio * 100, result.calculateCoverage(model) * 100,
				"report " + report(testClass).resolveSibling("report.html"), missed.isEmpty() ? "" : "; not passed: " + missed);
		log.info(line.strip());
		Files.writeString(Path.of(CoverageReportUtil.TARGET_DIR_ROOT, model.getKey() + ".txt"), line, StandardCharsets.UTF_8);
		if (ratio < MINIMUM) {
			throw new AssertionError(String.format("%s passed only %.0f %% of %s's flow nodes (at least %.0f %% required); not passed: %s",
					testClass.getSimpleName(), ratio * 100, model.getKey(), MINIMUM * 100, missed));
		}
	}

	/** The ids of the flow nodes of the process itself, sub-processes included, not of other pools in the file. */
	static Set<String> flowNodes(Model model) {
		var bpmn = Bpmn.readModelFromStream(new ByteArrayInputStream(model.getXml().getBytes(StandardCharsets.UTF_8)));
		return bpmn.getModelElementsByType(FlowNode.class).stream().filter(node -> inProcess(node, model.getKey()))
			.map(FlowNode::getId).collect(Collectors.toCollection(TreeSet::new));
	}

	private static boolean inProcess(ModelElementInstance element, String processId) {
		for (ModelElementInstance e = element; e != null; e = e.getParentElement()) {
			if (e instanceof Process process) {
				return process.getId().equals(processId);
			}
		}
		return false;
	}

	private static Path report(Class<?> testClass) {
		// where the library's listener writes it: one folder per test class, named after the class
		return Path.of(CoverageReportUtil.TARGET_DIR_ROOT, testClass.getName(), "report.json");
	}
}
