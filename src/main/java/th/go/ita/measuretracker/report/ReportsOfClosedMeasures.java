package th.go.ita.measuretracker.report;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.fiscal.Wording;
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
				// the reason stays in Camunda's history, a record: in the office's language
				runtime.deleteProcessInstance(processInstanceId, Wording.in(Wording.THAI, "report.endedWithMeasure",
						Wording.in(Wording.THAI, "state." + closed.closedAs().name())), true, true);
			}
		}
	}
}
