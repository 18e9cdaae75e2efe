package th.go.ita.measuretracker.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** A user's rights as {@link Viewer} reads them, from their Camunda groups as they are now. */
@Component
class UserAuthorities {

	private final IdentityService identity;
	private final String managerGroup;
	private final String headGroup;

	UserAuthorities(IdentityService identity, @Value("${measure-tracker.manager-group:managers}") String managerGroup,
			@Value("${measure-tracker.head-group:head}") String headGroup) {
		this.identity = identity;
		this.managerGroup = managerGroup;
		this.headGroup = headGroup;
	}

	List<GrantedAuthority> of(String userId) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		for (Group group : identity.createGroupQuery().groupMember(userId).list()) {
			authorities.add(new SimpleGrantedAuthority(Viewer.GROUP_PREFIX + group.getId()));
			if (Groups.CAMUNDA_ADMIN.equals(group.getId())) {
				authorities.add(new SimpleGrantedAuthority(Viewer.ROLE_ADMIN));
			}
			if (managerGroup.equals(group.getId())) {
				authorities.add(new SimpleGrantedAuthority(Viewer.ROLE_MANAGER));
			}
			if (headGroup.equals(group.getId())) {
				authorities.add(new SimpleGrantedAuthority(Viewer.ROLE_HEAD));
			}
		}
		return authorities;
	}

	/** @return the user's rights, or empty if the user no longer exists */
	Optional<List<GrantedAuthority>> ofExisting(String userId) {
		if (identity.createUserQuery().userId(userId).count() == 0) {
			return Optional.empty();
		}
		return Optional.of(of(userId));
	}
}
