package th.go.ita.measuretracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.go.ita.measuretracker.support.AppTest;
import th.go.ita.measuretracker.support.SeedScenario;
import th.go.ita.measuretracker.workflow.TaskNotFoundException;

/**
 * Authorization checks run with all of a user's groups, without Camunda's per-command read of every group that
 * holds an authorization, and still decide the same: a member works their group's tasks, whatever other groups they
 * are in, and nobody else's.
 */
@AppTest
class AuthorizedGroupsAsGivenTests {

	@Autowired SeedScenario seed;
	@Autowired TaskService tasks;
	@Autowired IdentityService identity;
	@Autowired ProcessEngineConfiguration configuration;

	private Task stepOfDirectorate;

	@BeforeEach
	void seedPlan() {
		seed.seedPlanWithTwoGroupsAndAManager();
		stepOfDirectorate = tasks.createTaskQuery().processInstanceBusinessKey("FY2567-M1").singleResult();
	}

	@AfterEach
	void logOut() {
		identity.clearAuthentication();
	}

	@Test
	void groupsWithoutAuthorizationsAreKeptInsteadOfLookedUp() {
		List<String> checked = ((ProcessEngineConfigurationImpl) configuration).getCommandExecutorTxRequired()
			.execute(context -> context.getAuthorizationManager()
				.filterAuthenticatedGroupIds(new ArrayList<>(List.of("directorate", "no-authorizations", "directorate"))));

		// Camunda's own manager would have dropped "no-authorizations" after reading ACT_RU_AUTHORIZATION
		assertThat(checked).containsExactly("directorate", "no-authorizations");
	}

	@Test
	void aMemberOfManyGroupsWorksTheirGroupsTaskAndSeesNoOtherGroups() {
		List<String> manyGroups = new ArrayList<>(IntStream.range(0, 50).mapToObj(i -> "committee-" + i).toList());
		manyGroups.add("directorate");
		identity.setAuthentication("somchai", manyGroups);

		assertThat(tasks.createTaskQuery().list()).extracting(Task::getId).contains(stepOfDirectorate.getId());
		tasks.complete(stepOfDirectorate.getId(), Map.of("whatDone", "ประชุมชี้แจงแล้ว", "dateDone", "2024-05-01"));
		assertThat(tasks.createTaskQuery().taskId(stepOfDirectorate.getId()).count()).isZero();
	}

	@Test
	void aMemberOfOnlyOtherGroupsNeitherSeesNorCompletesIt() {
		identity.setAuthentication("wichai", List.of("finance", "no-authorizations"));

		assertThat(tasks.createTaskQuery().taskId(stepOfDirectorate.getId()).count()).isZero();
		assertThatThrownBy(() -> tasks.complete(stepOfDirectorate.getId(), Map.of("whatDone", "x", "dateDone", "2024-05-01")))
			.as("a task one may not see does not exist for them").isInstanceOf(TaskNotFoundException.class);
		identity.clearAuthentication();
		assertThat(tasks.createTaskQuery().taskId(stepOfDirectorate.getId()).count()).isOne();
	}
}
