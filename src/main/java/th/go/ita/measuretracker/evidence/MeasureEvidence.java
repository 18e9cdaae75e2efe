package th.go.ita.measuretracker.evidence;

import java.util.List;
import java.util.Objects;

/** Every evidence file of one measure, found per step and per report version. */
public record MeasureEvidence(List<EvidenceFile> files) {

	public List<EvidenceFile> ofStep(int position) {
		return files.stream().filter(f -> f.stepPosition() != null && f.stepPosition() == position).toList();
	}

	/** @param version {@code null} for the files the group has attached but not yet submitted */
	public List<EvidenceFile> ofReport(int fiscalYear, int quarter, Integer version) {
		return files.stream()
			.filter(f -> f.reportFiscalYear() != null && f.reportFiscalYear() == fiscalYear && f.reportQuarter() == quarter
					&& Objects.equals(f.reportVersion(), version))
			.toList();
	}

	public int count() {
		return files.size();
	}
}
