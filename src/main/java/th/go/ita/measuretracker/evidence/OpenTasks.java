package th.go.ita.measuretracker.evidence;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The Tasklist address of the task a page came from, so the person can go back to it. */
@Component
@RequiredArgsConstructor
class OpenTasks {

	static final String TASKLIST = "/camunda/app/tasklist/default/";

	private final TaskService tasks;

	String urlOf(EvidenceTarget target) {
		if (target.isStep()) {
			return target.taskId() == null ? null : TASKLIST + "#/?task=" + target.taskId();
		}
		// the report's open task: the group's submission, or the managers' review
		Task task = tasks.createTaskQuery()
			.processInstanceBusinessKey(target.measure().businessKey())
			.processVariableValueEquals("fiscalYear", target.owner().reportFiscalYear())
			.processVariableValueEquals("quarter", target.owner().reportQuarter())
			.listPage(0, 1)
			.stream()
			.findFirst()
			.orElse(null);
		return task == null ? null : TASKLIST + "#/?task=" + task.getId();
	}
}
