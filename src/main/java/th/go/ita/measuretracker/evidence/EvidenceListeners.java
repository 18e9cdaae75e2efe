package th.go.ita.measuretracker.evidence;

import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.plan.MeasurePlanned;
import th.go.ita.measuretracker.report.QuarterlyReportUpdated;
import th.go.ita.measuretracker.report.ReportState;

/** Keeps evidence in step with plans and reports, in the transaction that changed them. */
@Component
@RequiredArgsConstructor
class EvidenceListeners {

	private final EvidenceRepository files;

	/** Every measure has its byte count from the start, so an upload only ever raises an existing row. */
	@EventListener
	void on(MeasurePlanned measure) {
		files.createQuota(measure.measureId());
	}

	/** The files the group attached since its last submission are part of the version it submits now. */
	@EventListener
	void on(QuarterlyReportUpdated report) {
		if (report.state() == ReportState.SUBMITTED && report.version() != null) {
			files.assignVersion(report.measureId(), report.fiscalYear(), report.quarter(), report.version());
		}
	}
}
