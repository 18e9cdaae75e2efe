/**
 * Reminder mails: the policy (when), the schedule the step process's timers read, the mails (Thai first), the
 * outbox written in the engine's transaction, and the sender that delivers it over SMTP exactly once.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reminders",
		allowedDependencies = {"fiscal", "workflow", "plan"})
package th.go.ita.measuretracker.reminder;
