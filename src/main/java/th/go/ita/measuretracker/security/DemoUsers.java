package th.go.ita.measuretracker.security;

import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The embedded default's people: two members of the seed plan's responsible group and a manager, so a newcomer
 * can log in to Tasklist and see real tasks. Runs before the demo plan is loaded.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "measure-tracker.demo.enabled", havingValue = "true")
class DemoUsers implements ApplicationRunner {

	static final String DIRECTORATE = "directorate";
	static final String MANAGERS = "managers";
	static final String HEAD = "head";
	/** The demo users' ids, for {@link StoredDemoPasswordGuard}. */
	static final Set<String> USER_IDS = Set.of("somchai", "malee", "manager", "director");
	private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

	private final IdentityService identity;
	private final String password;

	DemoUsers(IdentityService identity, @Value("${measure-tracker.demo.password}") String password) {
		this.identity = identity;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		group(DIRECTORATE, "กลุ่มอำนวยการ");
		group(MANAGERS, "ผู้บริหาร");
		group(HEAD, "หัวหน้าส่วนราชการ");
		user("somchai", "สมชาย", "ใจดี", DIRECTORATE);
		user("malee", "มาลี", "แสงจันทร์", DIRECTORATE);
		user("manager", "สุดา", "ผู้อำนวยการ", MANAGERS);
		user("director", "ประเสริฐ", "ศรีระนอง", HEAD);
		log.info("Demo users ready: somchai, malee (กลุ่มอำนวยการ), manager and director (head of office), password from"
				+ " measure-tracker.demo.password");
	}

	/**
	 * Outside the embedded default a demo user made earlier may still have the public demo password (users are only
	 * ever created here, never updated): the operator's new DEMO_PASSWORD replaces it.
	 */
	void renewPassword(String userId) {
		User user = identity.createUserQuery().userId(userId).singleResult();
		user.setPassword(password);
		identity.saveUser(user);
		log.warn("Demo user {} still had the public demo password: it now has measure-tracker.demo.password (DEMO_PASSWORD)",
				userId);
	}

	private void group(String id, String name) {
		if (identity.createGroupQuery().groupId(id).count() == 0) {
			Group group = identity.newGroup(id);
			group.setName(name);
			group.setType("WORKFLOW");
			identity.saveGroup(group);
		}
	}

	private void user(String id, String firstName, String lastName, String groupId) {
		if (identity.createUserQuery().userId(id).count() > 0) {
			return;
		}
		User user = identity.newUser(id);
		user.setFirstName(firstName);
		user.setLastName(lastName);
		user.setEmail(id + "@example.invalid");
		user.setPassword(password);
		identity.saveUser(user);
		identity.createMembership(id, groupId);
	}
}
