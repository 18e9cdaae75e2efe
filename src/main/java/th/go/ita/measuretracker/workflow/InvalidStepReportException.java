package th.go.ita.measuretracker.workflow;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;

/** A step was submitted with missing or wrong values; the engine rolls the completion back. */
public class InvalidStepReportException extends ProcessEngineException {

	private final List<String> problems;

	InvalidStepReportException(List<String> problems) {
		super("The step report is incomplete (รายงานขั้นตอนไม่ครบถ้วน): " + String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}
}
