package th.go.ita.measuretracker.plan;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What importing a plan did. A new plan is IMPORTED (version 1) and its measures started; the same plan again is
 * UNCHANGED; a changed plan, sent with the reason for the change, is AMENDED as the next version, with what it
 * changed. {@code alreadyImported} lists the measures that were there before.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportResult(int fiscalYear, String organisation, Outcome outcome, int version, String message,
		List<String> started, List<String> alreadyImported, PlanDifference difference) {

	public enum Outcome {
		IMPORTED, AMENDED, UNCHANGED
	}
}
