package th.go.ita.measuretracker.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import th.go.ita.measuretracker.fiscal.Wording;

/**
 * A task the caller may not see does not exist for them, on every task URL of Camunda's REST API and of the
 * webapps' copy of it: 404, as for a task id nobody has. Camunda itself answers 403 on some of them (variables,
 * form variables, comments), which tells an outsider that the task exists.
 */
class HiddenTasks extends OncePerRequestFilter {

	private static final Pattern TASK_URL = Pattern
		.compile("^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)/task/([^/]+)(?:/.*)?$");

	/** Task URLs that name no task. */
	private static final Set<String> NOT_IDS = Set.of("count", "create", "report");

	private final ObjectMapper json = new ObjectMapper();
	private final TaskService tasks;
	private final IdentityService identity;

	HiddenTasks(TaskService tasks, IdentityService identity) {
		this.tasks = tasks;
		this.identity = identity;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Matcher url = TASK_URL.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		org.springframework.security.core.Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (url.matches() && !NOT_IDS.contains(url.group(1)) && user != null && user.isAuthenticated()
				&& !visible(url.group(1), Viewer.of(user))) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			Map<String, String> notFound = new LinkedHashMap<>();
			notFound.put("type", "NotFound");
			notFound.put("message", Wording.of("task.notFound"));
			response.getOutputStream().write(json.writeValueAsBytes(notFound));
			return;
		}
		chain.doFilter(request, response);
	}

	/** Asked as the caller, so Camunda's authorizations decide, exactly as for the task list. */
	private boolean visible(String taskId, Viewer viewer) {
		Authentication before = identity.getCurrentAuthentication();
		identity.setAuthentication(viewer.userId(), List.copyOf(viewer.groups()));
		try {
			return tasks.createTaskQuery().taskId(taskId).count() > 0;
		}
		finally {
			if (before == null) {
				identity.clearAuthentication();
			}
			else {
				identity.setAuthentication(before);
			}
		}
	}
}
