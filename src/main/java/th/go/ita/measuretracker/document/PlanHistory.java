package th.go.ita.measuretracker.document;

import java.time.LocalDate;
import java.util.List;

/**
 * How a measure was amended (issue 19's plan versions): reports list the amendments made in their period. Only
 * what may be published: when, what changed and why, never who ({@link PlanAmendments}).
 */
public interface PlanHistory {

	/** @return the amendments to the measure made from {@code from} to {@code to}, both included, oldest first */
	List<Amendment> amendments(long measureId, LocalDate from, LocalDate to);

	record Amendment(LocalDate date, String change, String reason) {
	}

	PlanHistory NONE = (measureId, from, to) -> List.of();
}
