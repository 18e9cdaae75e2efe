package th.go.ita.measuretracker.workflow;

/** Names shared by bpmn/measure.bpmn, forms/complete-step.form and the code: change them in both places. */
public final class MeasureProcess {

	public static final String KEY = "MeasureProcess";
	public static final String TASK_STEP_IN_ORDER = "Task_CompleteStepInOrder";
	public static final String TASK_STEP_IN_PARALLEL = "Task_CompleteStepInParallel";
	public static final String FORM_COMPLETE_STEP = "Form_CompleteStep";

	/** Process variables. */
	public static final String MEASURE_ID = "measureId";
	public static final String MEASURE_CODE = "measureCode";
	public static final String MEASURE_TITLE = "measureTitle";
	public static final String STEP_ORDER = "stepOrder";
	/** Multi-instance element variable: the id of the step a task is for. */
	public static final String STEP_ID = "stepId";

	/** Fields of forms/complete-step.form. */
	public static final String WHAT_DONE = "whatDone";
	public static final String DATE_DONE = "dateDone";
	public static final String EVIDENCE_LINKS = "evidenceLinks";
	public static final String NOTE = "note";

	private MeasureProcess() {
	}

	public static String businessKey(int fiscalYear, String measureCode) {
		return "FY" + fiscalYear + "-" + measureCode;
	}
}
