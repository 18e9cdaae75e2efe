package th.go.ita.measuretracker.workflow;

import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/** Starts one measure process per measure; the caller's transaction decides whether it sticks. */
@Service
@RequiredArgsConstructor
public class MeasureProcesses {

	private final RuntimeService runtime;

	/**
	 * @param inOrder the steps one after another; otherwise all at once
	 * @return the process instance id
	 */
	public String start(long measureId, int fiscalYear, String code, String title, boolean inOrder) {
		return runtime.startProcessInstanceByKey(MeasureProcess.KEY, MeasureProcess.businessKey(fiscalYear, code),
				Map.of(MeasureProcess.MEASURE_ID, measureId, MeasureProcess.MEASURE_CODE, code,
						MeasureProcess.MEASURE_TITLE, title, MeasureProcess.STEP_ORDER, inOrder ? "SEQUENTIAL" : "PARALLEL"))
			.getId();
	}
}
