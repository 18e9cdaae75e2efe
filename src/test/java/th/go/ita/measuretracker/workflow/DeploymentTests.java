package th.go.ita.measuretracker.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;

import th.go.ita.measuretracker.MeasureTrackerApplication;
import th.go.ita.measuretracker.support.AppTest;

@AppTest
class DeploymentTests {

	@Autowired RepositoryService repository;

	@Test
	void everyModelInBpmnIsDeployedWithAHistoryTimeToLive() {
		for (String key : List.of(MeasureProcess.KEY, MeasureProcess.STEP_PROCESS_KEY, "QuarterlyReportRound",
				"QuarterlyReportProcess", "DraftMeasuresReview")) {
			assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult())
				.as(key)
				.satisfies(definition -> assertThat(definition.getHistoryTimeToLive()).isPositive());
		}
	}

	@Test
	void theMeasureProcessAndItsFormAreDeployedFromBpmnAndForms() {
		assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(MeasureProcess.KEY).latestVersion()
			.singleResult()
			.getHistoryTimeToLive()).isPositive();
		String deploymentId = repository.createProcessDefinitionQuery()
			.processDefinitionKey(MeasureProcess.KEY)
			.latestVersion()
			.singleResult()
			.getDeploymentId();
		// names are paths on disk when run from target/classes, bare names inside the jar
		assertThat(repository.getDeploymentResourceNames(deploymentId))
			.anySatisfy(name -> assertThat(name).endsWith("measure.bpmn"))
			.anySatisfy(name -> assertThat(name).endsWith("complete-step.form"));
	}

	@Test
	void aModelThatDoesNotParseStopsTheStartAndNamesTheFile() {
		SpringApplicationBuilder app = new SpringApplicationBuilder(MeasureTrackerApplication.class).profiles("test");

		assertThatThrownBy(() -> app.run("--spring.datasource.url=jdbc:h2:mem:broken-deployment", "--server.port=0",
				"--camunda.bpm.deployment-resource-pattern=classpath*:bpmn-broken/*.bpmn").close())
			.satisfies(ex -> assertThat(messages(ex)).contains("unclosed-task.bpmn"));
	}

	private static String messages(Throwable ex) {
		StringBuilder all = new StringBuilder();
		for (Throwable t = ex; t != null; t = t.getCause()) {
			all.append(t.getMessage()).append('\n');
		}
		return all.toString();
	}
}
