package th.go.ita.measuretracker.workflow;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * Brings running measure processes in line with an amended plan (plan/PlanAmender), in the caller's transaction.
 * The models need no change for it: the step process reads its name, group and due date from our tables when a
 * step starts, the sequential steps take the next step from our tables each time (the multi-instance collection is
 * evaluated again), and the reminders count from the {@code dueAt} they were called with, so moving a due date
 * starts them again. Nothing here reads a value a user could have written: every value comes from the caller.
 */
@Service
@RequiredArgsConstructor
public class RunningMeasures {

	static final String STEPS_IN_ORDER = "Activity_StepsInOrder";
	static final String STEPS_TOGETHER = "Activity_StepsTogether";
	static final String REMINDERS = "Activity_RemindGroup";
	private static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";
	private static final String NUMBER_OF_INSTANCES = "nrOfInstances";

	private final RuntimeService runtime;
	private final TaskService tasks;
	private final ManagementService management;
	private final AuthorizationService authorizations;
	private final StepTasks stepTasks;

	/** Ends a measure's process and everything it called (its steps' tasks and reminders); the history stays. */
	public void end(String measureInstanceId, String reason) {
		if (runtime.createProcessInstanceQuery().processInstanceId(measureInstanceId).count() > 0) {
			runtime.deleteProcessInstance(measureInstanceId, reason, true, true);
		}
	}

	/** The title mails and report names show: in the measure's process and in each step it is carrying out. */
	public void retitle(String measureInstanceId, String title) {
		runtime.setVariable(measureInstanceId, MeasureProcess.MEASURE_TITLE, title);
		runtime.createProcessInstanceQuery().superProcessInstanceId(measureInstanceId).list()
			.forEach(step -> runtime.setVariable(step.getId(), MeasureProcess.MEASURE_TITLE, title));
	}

	/** An open step task's new name (the step's text, fitted). */
	public void rename(String taskId, String stepText) {
		openTask(taskId).ifPresent(task -> {
			task.setName(TaskNames.fit(stepText));
			tasks.saveTask(task);
		});
	}

	/**
	 * An open step task moves to another group: its candidates change, the old group's right to see and work it
	 * (which Camunda grants a candidate group and keeps when the candidate goes) ends, and so does a claim.
	 */
	public void regroup(String taskId, String fromGroup, String toGroup) {
		openTask(taskId).ifPresent(task -> {
			tasks.addCandidateGroup(task.getId(), toGroup);
			tasks.deleteCandidateGroup(task.getId(), fromGroup);
			authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task.getId())
				.groupIdIn(fromGroup).list()
				.forEach(granted -> authorizations.deleteAuthorization(granted.getId()));
			if (task.getAssignee() != null) {
				tasks.setAssignee(task.getId(), null);
			}
		});
	}

	/**
	 * An open step task falls due at {@code due}: the task's due date, the step's {@code stepDue}, and its reminders
	 * counted from the new date. The reminders beside the task start again, so every reminder of the new date is
	 * planned (also one that had already gone out for the old date) and none for the old date is left; a reminder
	 * whose time has already come fires once, at once. A step started on a model from before the reminders had their
	 * own process has its timers on the task: they are recalculated from the new date.
	 */
	public void reschedule(String taskId, LocalDate dueDay) {
		Optional<Task> open = openTask(taskId);
		Date due = stepTasks.dueOn(dueDay);
		if (open.isEmpty()) {
			return;
		}
		Task task = open.get();
		task.setDueDate(due);
		tasks.saveTask(task);
		String stepInstance = task.getProcessInstanceId();
		runtime.setVariable(stepInstance, MeasureProcess.STEP_DUE, due);
		ActivityInstance reminders = child(runtime.getActivityInstance(stepInstance), REMINDERS);
		if (reminders != null) {
			runtime.createProcessInstanceModification(stepInstance)
				.cancelActivityInstance(reminders.getId())
				.startBeforeActivity(REMINDERS)
				.execute(true, false);
			return;
		}
		for (Job timer : management.createJobQuery().processInstanceId(stepInstance).timers().list()) {
			management.recalculateJobDuedate(timer.getId(), false);
		}
	}

	/**
	 * A step added at the end of a measure. Steps one after another: the measure runs one more, which it takes from
	 * our tables when its turn comes. All steps at once: it starts now, beside the others.
	 */
	public void append(String measureInstanceId, long stepId, boolean inOrder) {
		ActivityInstance body = stepsBody(measureInstanceId, inOrder);
		if (inOrder) {
			countSteps(body, +1);
		}
		else {
			runtime.createProcessInstanceModification(measureInstanceId)
				.startBeforeActivity(STEPS_TOGETHER, body.getId())
				.setVariableLocal(MeasureProcess.STEP_ID, stepId)
				.execute(true, false);
		}
	}

	/** A step that has not started is taken out of a measure whose steps run one after another: one fewer runs. */
	public void dropPending(String measureInstanceId) {
		countSteps(stepsBody(measureInstanceId, true), -1);
	}

	private void countSteps(ActivityInstance body, int by) {
		String execution = body.getExecutionIds()[0];
		int steps = ((Number) runtime.getVariableLocal(execution, NUMBER_OF_INSTANCES)).intValue();
		runtime.setVariableLocal(execution, NUMBER_OF_INSTANCES, steps + by);
	}

	private ActivityInstance stepsBody(String measureInstanceId, boolean inOrder) {
		String activity = (inOrder ? STEPS_IN_ORDER : STEPS_TOGETHER) + MULTI_INSTANCE_BODY;
		ActivityInstance body = child(runtime.getActivityInstance(measureInstanceId), activity);
		if (body == null) {
			throw new IllegalStateException("measure process " + measureInstanceId + " is not carrying out its steps ("
					+ activity + ")");
		}
		return body;
	}

	private static ActivityInstance child(ActivityInstance parent, String activityId) {
		if (parent == null) {
			return null;
		}
		return Arrays.stream(parent.getChildActivityInstances())
			.filter(child -> activityId.equals(child.getActivityId()))
			.findFirst()
			.orElse(null);
	}

	private Optional<Task> openTask(String taskId) {
		return taskId == null ? Optional.empty()
				: Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).singleResult());
	}
}
