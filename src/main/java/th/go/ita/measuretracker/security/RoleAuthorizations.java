package th.go.ita.measuretracker.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The roles, as Camunda authorizations (idempotent, at every start):
 * <ul>
 * <li>everyone logged in may open Tasklist and its shared filters; which tasks they see is decided per task —
 * Camunda grants a task's candidate group READ and TASK_WORK on it, so a group works only its own tasks;</li>
 * <li>managers may also open Cockpit and read every process, instance and task, but work only the tasks they are
 * candidates for (report reviews);</li>
 * <li>admins ({@code camunda-admin}) may do everything: deploy, start, Cockpit, Admin.</li>
 * </ul>
 */
@Component
@Order(0)
class RoleAuthorizations implements ApplicationRunner {

	/** A filter has one name for everybody: the office's language. */
	static final String MY_GROUP_TASKS = "งานของกลุ่มฉัน";
	static final String ALL_TASKS = "งานทั้งหมดที่ฉันเห็น";
	/** The names earlier versions gave them, in two languages: renamed, not created again. */
	static final Map<String, String> EARLIER_NAMES = Map.of(MY_GROUP_TASKS, "งานของกลุ่มฉัน (My group tasks)",
			ALL_TASKS, "งานทั้งหมดที่ฉันเห็น (All tasks I may see)");

	private final AuthorizationService authorizations;
	private final FilterService filters;
	private final TaskService tasks;
	private final String managerGroup;

	RoleAuthorizations(AuthorizationService authorizations, FilterService filters, TaskService tasks,
			@Value("${measure-tracker.manager-group:managers}") String managerGroup) {
		this.authorizations = authorizations;
		this.filters = filters;
		this.tasks = tasks;
		this.managerGroup = managerGroup;
	}

	@Override
	public void run(ApplicationArguments args) {
		grantEveryone(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
		grantEveryone(Resources.FILTER, ANY, Permissions.READ);
		grantManagers(Resources.APPLICATION, "cockpit", Permissions.ACCESS);
		grantManagers(Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
				ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
				ProcessDefinitionPermissions.READ_TASK);
		grantManagers(Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
		grantManagers(Resources.TASK, ANY, Permissions.READ);
		grantManagers(Resources.DEPLOYMENT, ANY, Permissions.READ);
		filter(MY_GROUP_TASKS, tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
			.includeAssignedTasks(), -10);
		filter(ALL_TASKS, tasks.createTaskQuery(), 0);
	}

	private void grantEveryone(Resource resource, String resourceId, Permission... permissions) {
		if (authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GLOBAL).resourceType(resource)
			.resourceId(resourceId).count() == 0) {
			Authorization global = authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
			global.setUserId(ANY);
			save(global, resource, resourceId, permissions);
		}
	}

	private void grantManagers(Resource resource, String resourceId, Permission... permissions) {
		if (authorizations.createAuthorizationQuery().groupIdIn(managerGroup).resourceType(resource)
			.resourceId(resourceId).count() == 0) {
			Authorization grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
			grant.setGroupId(managerGroup);
			save(grant, resource, resourceId, permissions);
		}
	}

	private void save(Authorization authorization, Resource resource, String resourceId, Permission... permissions) {
		authorization.setResource(resource);
		authorization.setResourceId(resourceId);
		for (Permission permission : permissions) {
			authorization.addPermission(permission);
		}
		authorizations.saveAuthorization(authorization);
	}

	private void filter(String name, TaskQuery query, int priority) {
		if (filters.createFilterQuery().filterName(name).count() > 0) {
			return;
		}
		Filter earlier = filters.createFilterQuery().filterName(EARLIER_NAMES.get(name)).singleResult();
		if (earlier != null) {
			filters.saveFilter(earlier.setName(name));
			return;
		}
		Filter filter = filters.newTaskFilter(name)
			.setQuery(query.orderByDueDate().asc())
			.setProperties(Map.of("priority", priority, "refresh", true));
		filters.saveFilter(filter);
	}
}
