package th.go.ita.measuretracker.evidence;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.evidence.EvidenceRepository.FileRow;
import th.go.ita.measuretracker.evidence.EvidenceRepository.Owner;
import th.go.ita.measuretracker.evidence.EvidenceTarget.Stage;
import th.go.ita.measuretracker.plan.MeasureQueries;
import th.go.ita.measuretracker.plan.MeasureView;
import th.go.ita.measuretracker.plan.MeasureView.StepView;
import th.go.ita.measuretracker.report.ReportRounds;
import th.go.ita.measuretracker.report.ReportView;
import th.go.ita.measuretracker.security.Viewer;

/**
 * Finds what evidence is for, for someone who may see it. Whatever the caller may not see does not exist for them:
 * the group and the managers see a measure's files, a member of the step's own group its step's files; anybody else
 * gets 404, as for an id nobody has.
 */
@Component
@RequiredArgsConstructor
class EvidenceTargets {

	private final MeasureQueries measures;
	private final ReportRounds reports;

	EvidenceTarget step(String businessKey, int position, Viewer viewer) {
		MeasureView measure = measures.find(businessKey).orElseThrow(() -> notFound(businessKey));
		return step(measure, position, viewer);
	}

	EvidenceTarget report(String businessKey, int fiscalYear, int quarter, Viewer viewer) {
		MeasureView measure = measures.find(businessKey).orElseThrow(() -> notFound(businessKey));
		return report(measure, fiscalYear, quarter, viewer);
	}

	EvidenceTarget ofFile(FileRow file, Viewer viewer) {
		MeasureView measure = measures.find(file.measureId()).orElseThrow(() -> notFound("file " + file.id()));
		Owner owner = file.owner();
		return owner.isStep() ? step(measure, owner.stepPosition(), viewer)
				: report(measure, owner.reportFiscalYear(), owner.reportQuarter(), viewer);
	}

	private EvidenceTarget step(MeasureView measure, int position, Viewer viewer) {
		StepView step = measure.steps().stream().filter(s -> s.position() == position).findFirst()
			.orElseThrow(() -> notFound(measure.businessKey() + " step " + position));
		ensureVisible(measure, step.group(), viewer);
		Stage stage = switch (step.status()) {
			case "ACTIVE" -> Stage.OPEN;
			case "COMPLETED" -> Stage.DONE;
			default -> Stage.NOT_STARTED;
		};
		return new EvidenceTarget(measure, Owner.step(measure.id(), position), step.group(), stage,
				stage == Stage.OPEN ? step.taskId() : null);
	}

	private EvidenceTarget report(MeasureView measure, int fiscalYear, int quarter, Viewer viewer) {
		ensureVisible(measure, measure.responsibleGroup(), viewer);
		ReportView report = reports.reportsOf(measure.id()).stream()
			.filter(r -> r.fiscalYear() == fiscalYear && r.quarter() == quarter)
			.findFirst()
			.orElseThrow(() -> notFound(measure.businessKey() + " report " + quarter + "/" + fiscalYear));
		Stage stage = switch (report.status()) {
			case "OPEN", "RETURNED" -> Stage.OPEN;
			case "SUBMITTED" -> Stage.UNDER_REVIEW;
			default -> Stage.DONE;
		};
		return new EvidenceTarget(measure, Owner.report(measure.id(), fiscalYear, quarter, null),
				measure.responsibleGroup(), stage, null);
	}

	private static void ensureVisible(MeasureView measure, String group, Viewer viewer) {
		if (!viewer.maySee(measure.responsibleGroup()) && !viewer.groups().contains(group)) {
			throw notFound(measure.businessKey());
		}
	}

	private static EvidenceRefusedException notFound(String what) {
		return EvidenceRefusedException.notFound(" " + what);
	}
}
