package th.go.ita.measuretracker.reminder;

import java.util.Date;
import java.util.List;

/** The open task a reminder is about, with what the mail needs to say. */
record DueTask(String taskId, String taskName, Date due, List<String> candidateGroups, String assignee,
		long measureId, Long stepId, String businessKey, String measureTitle) {
}
