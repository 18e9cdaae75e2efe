package th.go.ita.measuretracker.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@link DemoPasswordGuard} only sees the configuration; a database first run as a demo keeps its users, with the
 * public demo password, when it later gets real passwords (Camunda's admin-user and {@link DemoUsers} only create
 * users that are missing). So, once the engine is up and before the web server takes a request, every stored user
 * outside the embedded default is checked: the admin and the demo users get the new passwords the operator
 * configured, and anyone else still on the demo password stops the start.
 */
@Component
class StoredDemoPasswordGuard implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(StoredDemoPasswordGuard.class);

	private final Environment environment;
	private final StoredPasswords passwords;
	private final IdentityService identity;
	private final ObjectProvider<DemoUsers> demoUsers;
	private final String adminId;
	private final String adminPassword;

	StoredDemoPasswordGuard(Environment environment, StoredPasswords passwords, IdentityService identity,
			ObjectProvider<DemoUsers> demoUsers, @Value("${camunda.bpm.admin-user.id:admin}") String adminId,
			@Value("${camunda.bpm.admin-user.password:}") String adminPassword) {
		this.environment = environment;
		this.passwords = passwords;
		this.identity = identity;
		this.demoUsers = demoUsers;
		this.adminId = adminId;
		this.adminPassword = adminPassword;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (DemoPasswordGuard.isEmbeddedDefault(environment)) {
			return;
		}
		List<String> onDemo = passwords.usersWithPassword(DemoPasswordGuard.DEMO_PASSWORD);
		DemoUsers demo = demoUsers.getIfAvailable();
		List<String> stuck = new ArrayList<>();
		for (String userId : onDemo) {
			if (!renewable(userId, demo)) {
				stuck.add(userId);
			}
		}
		// all or nothing: a refused start changes no password
		if (!stuck.isEmpty()) {
			throw new IllegalStateException("Refusing to start on " + DemoPasswordGuard.outsideH2(environment)
					+ ": these users can still log in with the public demo password: " + String.join(", ", stuck)
					+ ". The admin (" + adminId + ") gets ADMIN_PASSWORD and the demo users ("
					+ String.join(", ", DemoUsers.USER_IDS.stream().sorted().toList())
					+ ") get DEMO_PASSWORD when DEMO_DATA=true; anyone else must be removed from the database"
					+ " (ACT_ID_MEMBERSHIP, ACT_ID_USER) and created again with a new password in Camunda Admin.");
		}
		for (String userId : onDemo) {
			if (userId.equals(adminId)) {
				renewAdminPassword();
			}
			else {
				demo.renewPassword(userId);
			}
		}
	}

	private boolean renewable(String userId, DemoUsers demo) {
		if (userId.equals(adminId)) {
			return !adminPassword.isBlank() && !DemoPasswordGuard.DEMO_PASSWORD.equals(adminPassword);
		}
		return demo != null && DemoUsers.USER_IDS.contains(userId);
	}

	private void renewAdminPassword() {
		User admin = identity.createUserQuery().userId(adminId).singleResult();
		admin.setPassword(adminPassword);
		identity.saveUser(admin);
		log.warn("Admin user {} still had the public demo password: it now has camunda.bpm.admin-user.password"
				+ " (ADMIN_PASSWORD)", adminId);
	}
}
