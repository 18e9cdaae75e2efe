package th.go.ita.measuretracker.evidence;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.ita.measuretracker.report.ReportRounds;

/** Evidence as other modules read it. The caller has checked that the viewer may see the measure. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class EvidenceQueries {

	private final EvidenceRepository files;
	private final ReportRounds reports;

	public MeasureEvidence ofMeasure(long measureId) {
		return new MeasureEvidence(files.ofMeasure(measureId).stream().map(EvidenceFile::of).toList());
	}

	/**
	 * What may be shown to the public: files a manager marked public, of approved reports, not replaced by a
	 * correction. Everything else is internal.
	 */
	public List<EvidenceFile> publicOf(long measureId) {
		Set<List<Integer>> approved = reports.reportsOf(measureId).stream()
			.filter(r -> r.status().equals("APPROVED"))
			.map(r -> List.of(r.fiscalYear(), r.quarter()))
			.collect(Collectors.toSet());
		return ofMeasure(measureId).files().stream()
			.filter(f -> f.published() && !f.superseded() && f.reportFiscalYear() != null
					&& approved.contains(List.of(f.reportFiscalYear(), f.reportQuarter())))
			.toList();
	}
}
