package th.go.ita.measuretracker.security;

import static org.camunda.bpm.engine.impl.util.EncryptionUtil.saltPassword;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.stereotype.Component;

/**
 * Compares a password with the salted hash Camunda stores, the way Camunda's own check does, but without its
 * bookkeeping: {@code IdentityService#checkPassword} counts every miss on the user's row and locks the account
 * (ACT_ID_USER.ATTEMPTS_, LOCK_EXP_TIME_), so a probe for the demo password, or a stranger's guesses, would lock
 * real people out. Throttling is {@link LoginThrottle}'s job instead.
 */
@Component
class StoredPasswords {

	private final ProcessEngineConfigurationImpl engine;

	StoredPasswords(ProcessEngine engine) {
		this.engine = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
	}

	boolean matches(String userId, String password) {
		// the query runs as a command of its own, outside any user's authorizations, and writes nothing
		User user = engine.getIdentityService().createUserQuery().userId(userId).singleResult();
		return user != null && matches((UserEntity) user, password);
	}

	/** @return the ids of every stored user whose password is {@code password} */
	List<String> usersWithPassword(String password) {
		return engine.getIdentityService().createUserQuery().list().stream()
			.filter(user -> matches((UserEntity) user, password))
			.map(User::getId)
			.toList();
	}

	private boolean matches(UserEntity user, String password) {
		if (password == null || user.getPassword() == null) {
			return false;
		}
		PasswordManager passwords = engine.getPasswordManager();
		return passwords.check(saltPassword(password, user.getSalt()), user.getPassword());
	}
}
