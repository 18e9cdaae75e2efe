package th.go.ita.measuretracker.workflow;

/**
 * Names shared by bpmn/measure.bpmn, bpmn/step.bpmn, forms/complete-step.form and the code: change them in both
 * places.
 */
public final class MeasureProcess {

	public static final String KEY = "MeasureProcess";
	public static final String STEP_PROCESS_KEY = "StepProcess";
	public static final String TASK_COMPLETE_STEP = "Task_CompleteStep";

	/** Process variables. */
	public static final String MEASURE_ID = "measureId";
	public static final String MEASURE_CODE = "measureCode";
	public static final String MEASURE_TITLE = "measureTitle";
	public static final String STEP_ORDER = "stepOrder";
	/** Multi-instance element variable: the id of the step a task is for. */
	public static final String STEP_ID = "stepId";
	/** When the step falls due (a Date): the task's due date, and what the reminder timers count from. */
	public static final String STEP_DUE = "stepDue";

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
