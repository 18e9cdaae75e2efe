package th.go.ita.measuretracker.security;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is looking, as the features need to know it: managers and admins see every group's measures, a member only
 * those of the groups they belong to.
 */
public record Viewer(String userId, Set<String> groups, boolean seesEverything) {

	static final String GROUP_PREFIX = "GROUP_";
	static final String ROLE_ADMIN = "ROLE_ADMIN";
	static final String ROLE_MANAGER = "ROLE_MANAGER";
	/** The head of office (measure-tracker.head-group): approves the documents the office publishes. */
	static final String ROLE_HEAD = "ROLE_HEAD";

	public static Viewer of(Authentication authentication) {
		Set<String> authorities = authentication.getAuthorities().stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		Set<String> groups = authorities.stream()
			.filter(a -> a.startsWith(GROUP_PREFIX))
			.map(a -> a.substring(GROUP_PREFIX.length()))
			.collect(Collectors.toUnmodifiableSet());
		return new Viewer(authentication.getName(), groups,
				authorities.contains(ROLE_ADMIN) || authorities.contains(ROLE_MANAGER));
	}

	public boolean maySee(String groupId) {
		return seesEverything || groups.contains(groupId);
	}
}
