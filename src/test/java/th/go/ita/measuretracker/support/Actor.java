package th.go.ita.measuretracker.support;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/** Acts as a logged-in user the way Tasklist does: with their groups, so Camunda's authorizations apply. */
@Component
public class Actor {

	private final IdentityService identity;
	private final TaskService tasks;

	Actor(IdentityService identity, TaskService tasks) {
		this.identity = identity;
		this.tasks = tasks;
	}

	public void complete(String userId, String taskId, Map<String, Object> values) {
		List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
		identity.setAuthentication(userId, groups);
		try {
			tasks.complete(taskId, values);
		}
		finally {
			identity.clearAuthentication();
		}
	}
}
