package th.go.ita.measuretracker.report;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.plan.MeasureClosed;

/**
 * A measure cancelled or carried over reports no more: its report that waits for the group or the reviewer ends with
 * it (its tasks and reminders), in the same transaction. The versions already submitted stay. The reporting round that
 * called the report goes on with the other measures' reports.
 */
@Component
@RequiredArgsConstructor
class ReportsOfClosedMeasures {

	private final ReportRepository reports;
	private final RuntimeService runtime;

	@EventListener
	void on(MeasureClosed closed) {
		for (String processInstanceId : reports.unfinishedReportProcesses(closed.measureId())) {
			if (runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
				runtime.deleteProcessInstance(processInstanceId, "มาตรการปิดแล้ว (measure " + closed.closedAs().name()
						.toLowerCase(java.util.Locale.ROOT) + ")", true, true);
			}
		}
	}
}
