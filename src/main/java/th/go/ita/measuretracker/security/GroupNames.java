package th.go.ita.measuretracker.security;

import java.util.LinkedHashMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/** The people's side of the identity: the name of each group as managed in Camunda Admin, by group id. */
@Component
@RequiredArgsConstructor
public class GroupNames {

	private final IdentityService identity;

	/** @return every group's name by its id (the id where a group has no name) */
	public Map<String, String> all() {
		Map<String, String> names = new LinkedHashMap<>();
		for (Group group : identity.createGroupQuery().list()) {
			names.put(group.getId(), group.getName() == null ? group.getId() : group.getName());
		}
		return names;
	}
}
