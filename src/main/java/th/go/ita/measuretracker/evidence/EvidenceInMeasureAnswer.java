package th.go.ita.measuretracker.evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.plan.MeasureAnswerPart;
import th.go.ita.measuretracker.plan.MeasureView;

/**
 * The measure's answer lists its evidence under "evidence": per step (by position) and per report version (a
 * version of {@code null} holds what the group attached and has not submitted yet).
 */
@Component
@RequiredArgsConstructor
class EvidenceInMeasureAnswer implements MeasureAnswerPart {

	private final EvidenceQueries evidence;

	record StepFiles(int position, List<EvidenceFile> files) {
	}

	record ReportFiles(int fiscalYear, int quarter, Integer version, List<EvidenceFile> files) {
	}

	record Answer(int count, List<StepFiles> steps, List<ReportFiles> reports) {
	}

	@Override
	public String name() {
		return "evidence";
	}

	@Override
	public Answer of(MeasureView measure) {
		List<EvidenceFile> files = evidence.ofMeasure(measure.id()).files();
		Map<Integer, List<EvidenceFile>> steps = new LinkedHashMap<>();
		Map<List<Integer>, List<EvidenceFile>> reports = new LinkedHashMap<>();
		for (EvidenceFile file : files) {
			if (file.stepPosition() != null) {
				steps.computeIfAbsent(file.stepPosition(), p -> new ArrayList<>()).add(file);
			}
			else {
				reports.computeIfAbsent(java.util.Arrays.asList(file.reportFiscalYear(), file.reportQuarter(),
						file.reportVersion()), k -> new ArrayList<>()).add(file);
			}
		}
		return new Answer(files.size(),
				steps.entrySet().stream().map(e -> new StepFiles(e.getKey(), e.getValue())).toList(),
				reports.entrySet().stream()
					.map(e -> new ReportFiles(e.getKey().get(0), e.getKey().get(1), e.getKey().get(2), e.getValue()))
					.toList());
	}
}
