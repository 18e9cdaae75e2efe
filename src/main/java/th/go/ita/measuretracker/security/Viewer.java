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

	/** Admins change plans; managers only read them. */
	public static boolean isAdmin(Authentication authentication) {
		return authentication != null && authentication.getAuthorities().stream()
			.anyMatch(authority -> ROLE_ADMIN.equals(authority.getAuthority()));
	}

	/** A member of the manager group (admins are not): they review and publish what the groups report. */
	public static boolean isManager(Authentication authentication) {
		return authentication.getAuthorities().stream().anyMatch(a -> ROLE_MANAGER.equals(a.getAuthority()));
	}

	public boolean maySee(String groupId) {
		return seesEverything || groups.contains(groupId);
	}
}
