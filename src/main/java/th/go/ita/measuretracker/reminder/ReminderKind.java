package th.go.ita.measuretracker.reminder;

/** Which timer of step.bpmn fired; also the key of the mail's wording in messages*.properties. */
public enum ReminderKind {
	FIRST_BEFORE_DUE, SECOND_BEFORE_DUE, ON_DUE, OVERDUE, ESCALATION
}
