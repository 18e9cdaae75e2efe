package th.go.ita.measuretracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.go.ita.measuretracker.support.AppTest;
import th.go.ita.measuretracker.support.BrowserSession;
import th.go.ita.measuretracker.support.SeedScenario;

/** A logged-in browser's rights change with the user's groups on the next request, not at the next login. */
@AppTest
class SessionRightsFollowGroupsTests {

	private static final String MEASURE_OF_GROUP_A = "/api/measures/FY2567-M1";

	@LocalServerPort int port;
	@Autowired SeedScenario seed;
	@Autowired IdentityService identity;

	@BeforeEach
	void seed() {
		seed.seedPlanWithTwoGroupsAndAManager();
	}

	@Test
	void aMemberRemovedFromTheGroupLosesItsMeasuresOnTheNextRequest() throws Exception {
		BrowserSession somchai = loggedIn("somchai");
		assertThat(somchai.get(MEASURE_OF_GROUP_A).statusCode()).isEqualTo(200);

		identity.deleteMembership("somchai", "directorate");

		assertThat(somchai.get(MEASURE_OF_GROUP_A).statusCode()).isEqualTo(403);
	}

	@Test
	void aMemberAddedToTheManagersGainsTheirRightsOnTheNextRequest() throws Exception {
		BrowserSession wichai = loggedIn("wichai");
		assertThat(wichai.get(MEASURE_OF_GROUP_A).statusCode()).isEqualTo(403);
		assertThat(wichai.get("/api/outbox").statusCode()).isEqualTo(403);

		identity.createMembership("wichai", "managers");

		assertThat(wichai.get(MEASURE_OF_GROUP_A).statusCode()).isEqualTo(200);
		// a URL rule of SecurityConfig judges the new rights in the same request
		assertThat(wichai.get("/api/outbox").statusCode()).isEqualTo(200);
	}

	@Test
	void aDeletedUsersSessionEnds() throws Exception {
		BrowserSession somchai = loggedIn("somchai");
		assertThat(somchai.get(MEASURE_OF_GROUP_A).statusCode()).isEqualTo(200);

		identity.deleteUser("somchai");

		assertThat(somchai.get(MEASURE_OF_GROUP_A).statusCode()).isEqualTo(401);
		identity.saveUser(sameNameAgain());
		assertThat(somchai.get(MEASURE_OF_GROUP_A).statusCode())
			.as("a user created again under the same name does not inherit the old session")
			.isEqualTo(401);
	}

	private User sameNameAgain() {
		User user = identity.newUser("somchai");
		user.setPassword("somchai-secret");
		return user;
	}

	private BrowserSession loggedIn(String user) throws Exception {
		BrowserSession browser = new BrowserSession(port);
		assertThat(browser.logIn(user, user + "-secret").statusCode()).isEqualTo(302);
		return browser;
	}
}
