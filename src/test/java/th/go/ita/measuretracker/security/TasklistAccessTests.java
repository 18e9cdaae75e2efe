package th.go.ita.measuretracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.go.ita.measuretracker.support.AppTest;
import th.go.ita.measuretracker.support.BrowserSession;
import th.go.ita.measuretracker.support.SeedScenario;

/** What Tasklist shows each role, through the same API calls the Tasklist page makes after one login. */
@AppTest
class TasklistAccessTests {

	@LocalServerPort int port;
	@Autowired SeedScenario seed;
	@Autowired FilterService filters;
	@Autowired TaskService tasks;

	private String myGroupTasks;
	private String groupATask;

	@BeforeEach
	void seedPlan() throws Exception {
		seed.seedPlanWithTwoGroupsAndAManager();
		myGroupTasks = filters.createFilterQuery().filterName(RoleAuthorizations.MY_GROUP_TASKS).singleResult().getId();
		groupATask = tasks.createTaskQuery().processInstanceBusinessKey("FY2567-M1").singleResult().getId();
	}

	@Test
	void aGroupMemberFindsTheGroupsTaskInTasklistButNotCockpitOrAdmin() throws Exception {
		BrowserSession somchai = loggedIn("somchai");

		assertThat(apps(somchai)).contains("tasklist").doesNotContain("cockpit").doesNotContain("\"admin\"");
		assertThat(somchai.get(filterList()).body()).contains(groupATask).contains("เปิดโอกาสให้บุคคลภายนอก");
		assertThat(somchai.get("/camunda/api/engine/engine/default/task/" + groupATask + "/deployed-form").body())
			.contains("Form_CompleteStep");
	}

	@Test
	void aMemberOfAnotherGroupSeesNoneOfIt() throws Exception {
		BrowserSession wichai = loggedIn("wichai");

		assertThat(wichai.get(filterList()).body()).isEqualTo("[]");
		// Camunda does not even confirm that another group's task exists
		assertThat(wichai.get("/camunda/api/engine/engine/default/task/" + groupATask).statusCode()).isEqualTo(404);
	}

	@Test
	void aManagerMayOpenCockpitAndReadEveryTask() throws Exception {
		BrowserSession manager = loggedIn("sudamanager");

		assertThat(apps(manager)).contains("tasklist").contains("cockpit").doesNotContain("\"admin\"");
		assertThat(manager.get("/camunda/api/engine/engine/default/task?processInstanceBusinessKey=FY2567-M1").body())
			.contains(groupATask);
	}

	private BrowserSession loggedIn(String user) throws Exception {
		BrowserSession browser = new BrowserSession(port);
		assertThat(browser.logIn(user, user + "-secret").statusCode()).isEqualTo(302);
		// as a browser does: the app page comes first and names the engine the login applies to
		assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
		return browser;
	}

	private String filterList() {
		return "/camunda/api/engine/engine/default/filter/" + myGroupTasks + "/list";
	}

	private static String apps(BrowserSession browser) throws Exception {
		HttpResponse<String> who = browser.get("/camunda/api/admin/auth/user/default");
		assertThat(who.statusCode()).isEqualTo(200);
		return who.body().substring(who.body().indexOf("authorizedApps"));
	}
}
