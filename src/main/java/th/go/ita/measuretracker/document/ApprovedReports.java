package th.go.ita.measuretracker.document;

import java.util.Optional;

import th.go.ita.measuretracker.report.ReportView;

/** A quarterly report counts once approved, as the version the manager approved. */
final class ApprovedReports {

	private ApprovedReports() {
	}

	static Optional<ReportView.Version> approvedVersion(ReportView report) {
		if (!"APPROVED".equals(report.status())) {
			return Optional.empty();
		}
		return report.versions().stream().filter(v -> "APPROVED".equals(v.decision())).reduce((first, second) -> second);
	}
}
