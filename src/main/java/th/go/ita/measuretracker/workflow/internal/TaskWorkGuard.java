package th.go.ita.measuretracker.workflow.internal;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;

import th.go.ita.measuretracker.fiscal.Wording;
import th.go.ita.measuretracker.workflow.InvalidFormException;
import th.go.ita.measuretracker.workflow.TaskNotFoundException;
import th.go.ita.measuretracker.workflow.internal.FormSchemas.FormSchema;

/**
 * The one rule for every user task, whoever calls (Tasklist, the REST API, our code): working a task may write
 * exactly the fields its Camunda Form offers, as plain values, and only the task's own group works it. Everything
 * else a process needs (which step, who reviews, names) comes from our tables and the engine, so a caller who sends
 * more cannot change the record.
 * <p>
 * A task the caller may not see is answered as if it did not exist (404); one they see but may not work, 403; a
 * field that is not on the form, 400. Calls without an authenticated user are the application's own and skip the
 * who-checks, never the field check.
 */
@RequiredArgsConstructor
final class TaskWorkGuard {

	private static final Set<ValueType> PLAIN = Set.of(ValueType.STRING, ValueType.INTEGER, ValueType.LONG,
			ValueType.SHORT, ValueType.DOUBLE, ValueType.BOOLEAN, ValueType.DATE, ValueType.NULL);

	private final FormSchemas forms;

	/** @return the variables to store: the form's fields as sent, without the read-only ones the form only shows */
	VariableMap admitCompletion(CommandContext context, String taskId, Map<String, Object> variables) {
		TaskEntity task = visibleTask(context, taskId);
		ensureGroupWorks(context, task);
		return formFields(task, variables == null ? Map.of() : variables);
	}

	/** {@code work} with the admitted variables, in one command with the check: both see the same task. */
	<T> Command<T> completing(String taskId, Map<String, Object> variables, Function<VariableMap, Command<T>> work) {
		return context -> work.apply(admitCompletion(context, taskId, variables)).execute(context);
	}

	/** Claiming is taking the task for oneself: never for somebody else, and only by the task's group. */
	void admitClaim(CommandContext context, String taskId, String userId) {
		TaskEntity task = visibleTask(context, taskId);
		String caller = context.getAuthenticatedUserId();
		if (caller == null) {
			return;
		}
		if (userId == null) {
			// giving a task back is for the one who has it, not for a colleague (Camunda lets TASK_WORK do it)
			if (task.getAssignee() != null && !task.getAssignee().equals(caller)) {
				throw new AuthorizationException(Wording.of("task.giveBackOnlyAssignee", task.getAssignee()));
			}
			return;
		}
		if (!userId.equals(caller)) {
			throw new AuthorizationException(Wording.of("task.claimForOneself", caller, userId));
		}
		ensureGroupWorks(context, task);
	}

	/** Our forms offer no BPMN error, escalation or delegation, so nobody may end a task that way. */
	void refuseUnofferedAction(CommandContext context, String taskId, String action) {
		visibleTask(context, taskId);
		throw new AuthorizationException(Wording.of("task.actionNotOffered", action));
	}

	private static TaskEntity visibleTask(CommandContext context, String taskId) {
		TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
		boolean visible = task != null && (context.getAuthenticatedUserId() == null
				|| new TaskQueryImpl().taskId(taskId).executeCount(context) > 0);
		if (!visible) {
			throw new TaskNotFoundException(taskId);
		}
		return task;
	}

	private static void ensureGroupWorks(CommandContext context, TaskEntity task) {
		String caller = context.getAuthenticatedUserId();
		if (caller == null) {
			return;
		}
		Set<String> candidateGroups = task.getIdentityLinks().stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(IdentityLinkEntity::getGroupId)
			.collect(Collectors.toSet());
		List<String> callerGroups = context.getAuthenticatedGroupIds();
		boolean member = callerGroups != null && callerGroups.stream().anyMatch(candidateGroups::contains);
		if (!candidateGroups.isEmpty() && !member) {
			throw new AuthorizationException(Wording.of("task.groupOnly", String.join(", ", candidateGroups), caller));
		}
	}

	private VariableMap formFields(TaskEntity task, Map<String, Object> variables) {
		FormSchema form = forms.form(formId(task)).orElse(FormSchema.none());
		// read as typed values: iterating the map itself would deserialize objects a caller sent
		VariableMap sent = Variables.fromMap(variables);
		VariableMap admitted = Variables.createVariables();
		List<String> problems = new ArrayList<>();
		for (String name : sent.keySet()) {
			if (form.shown().contains(name)) {
				continue;
			}
			TypedValue value = sent.getValueTyped(name);
			String problem = problem(form, name, value);
			if (problem == null && form.buddhistDates().contains(name)) {
				try {
					value = BuddhistDateField.stored(value);
				}
				catch (IllegalArgumentException ex) {
					problem = name + ": " + ex.getMessage();
				}
			}
			if (problem == null) {
				admitted.putValueTyped(name, value);
			}
			else {
				problems.add(problem);
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidFormException(Wording.of("form.rejected"), problems);
		}
		return admitted;
	}

	private static String problem(FormSchema form, String name, TypedValue value) {
		if (!form.fields().containsKey(name)) {
			return Wording.of("form.notAField", name, form.keys());
		}
		if (!isPlain(value)) {
			return Wording.of("form.notPlain", name);
		}
		Set<String> choices = form.fields().get(name);
		if (value != null && value.getValue() != null && !choices.isEmpty()
				&& !choices.contains(value.getValue().toString())) {
			return Wording.of("form.notAChoice", name, choices.stream().sorted().toList());
		}
		return null;
	}

	private static String formId(TaskEntity task) {
		TaskDefinition definition = task.getTaskDefinition();
		Expression key = definition == null ? null : definition.getCamundaFormDefinitionKey();
		return key == null ? "" : key.getExpressionText();
	}

	/** Objects, files, bytes and serialized values are not: they are never a form field's value. */
	private static boolean isPlain(TypedValue typed) {
		if (typed == null) {
			return true;
		}
		if (typed.getType() != null) {
			return PLAIN.contains(typed.getType());
		}
		Object value = typed.getValue();
		return value == null || value instanceof String || value instanceof Number || value instanceof Boolean
				|| value instanceof Date;
	}
}
