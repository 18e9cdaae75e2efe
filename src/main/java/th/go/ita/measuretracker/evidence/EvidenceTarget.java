package th.go.ita.measuretracker.evidence;

import th.go.ita.measuretracker.plan.MeasureView;

/**
 * The step or quarterly report evidence is attached to, as the rules need it: the group that works it and where its
 * task stands.
 *
 * @param taskId the step's open task, for the way back to Tasklist; {@code null} for reports and closed steps
 */
record EvidenceTarget(MeasureView measure, EvidenceRepository.Owner owner, String group, Stage stage, String taskId) {

	enum Stage {
		/** the step's task has not been created yet */
		NOT_STARTED,
		/** the group's task is open: files may be added and removed */
		OPEN,
		/** a manager is reviewing the report: its files stay as submitted */
		UNDER_REVIEW,
		/** the step is completed or the report approved: files stay, corrections supersede them */
		DONE
	}

	boolean isStep() {
		return owner.isStep();
	}
}
