package th.go.ita.measuretracker.support;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Empties our tables, the running processes and the test users, so each test starts from nothing. */
@Component
public class CleanSlate {

	private final JdbcClient jdbc;
	private final RuntimeService runtime;
	private final IdentityService identity;

	CleanSlate(JdbcClient jdbc, RuntimeService runtime, IdentityService identity) {
		this.jdbc = jdbc;
		this.runtime = runtime;
		this.identity = identity;
	}

	public void reset() {
		ClockUtil.reset();
		List<String> instances = runtime.createProcessInstanceQuery().rootProcessInstances().list().stream().map(p -> p.getId()).toList();
		if (!instances.isEmpty()) {
			runtime.deleteProcessInstances(instances, "test clean-up", true, true);
		}
		for (String table : List.of("link_check", "document_link", "publication_form", "ita_document", "evidence_chunk", "evidence_file", "evidence_quota", "assessment_discrepancy", "assessment_score", "assessment", "report_version", "quarterly_report",
				"mail_outbox", "measure_status", "step_completion_month", "step", "plan_change", "plan_version",
				"measure", "plan")) {
			jdbc.sql("delete from " + table).update();
		}
		jdbc.sql("update status_version set version = version + 1").update();
		for (User user : identity.createUserQuery().list()) {
			if (!"admin".equals(user.getId())) {
				identity.deleteUser(user.getId());
			}
		}
		for (Group group : identity.createGroupQuery().list()) {
			if (!Groups.CAMUNDA_ADMIN.equals(group.getId())) {
				identity.deleteGroup(group.getId());
			}
		}
	}

	public void user(String id, String groupId, String groupName) {
		if (identity.createGroupQuery().groupId(groupId).count() == 0) {
			Group group = identity.newGroup(groupId);
			group.setName(groupName);
			identity.saveGroup(group);
		}
		User user = identity.newUser(id);
		user.setFirstName(id);
		user.setEmail(id + "@example.test");
		user.setPassword(id + "-secret");
		identity.saveUser(user);
		identity.createMembership(id, groupId);
	}
}
