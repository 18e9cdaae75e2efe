package th.go.ita.measuretracker.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** Checks passwords against Camunda's identity service, so users and groups are managed in Camunda Admin only. */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

	private final IdentityService identity;
	private final String managerGroup;

	CamundaIdentityAuthenticationProvider(IdentityService identity,
			@Value("${measure-tracker.manager-group:managers}") String managerGroup) {
		this.identity = identity;
		this.managerGroup = managerGroup;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String userId = authentication.getName();
		Object credentials = authentication.getCredentials();
		if (userId == null || userId.isBlank() || credentials == null
				|| !identity.checkPassword(userId, credentials.toString())) {
			throw new BadCredentialsException("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง (wrong user name or password)");
		}
		List<GrantedAuthority> authorities = new ArrayList<>();
		for (Group group : identity.createGroupQuery().groupMember(userId).list()) {
			authorities.add(new SimpleGrantedAuthority(Viewer.GROUP_PREFIX + group.getId()));
			if (Groups.CAMUNDA_ADMIN.equals(group.getId())) {
				authorities.add(new SimpleGrantedAuthority(Viewer.ROLE_ADMIN));
			}
			if (managerGroup.equals(group.getId())) {
				authorities.add(new SimpleGrantedAuthority(Viewer.ROLE_MANAGER));
			}
		}
		return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
