package th.go.ita.measuretracker.status;

import java.util.List;
import java.util.Map;

/**
 * The overview for one filter: a page of rows (most urgent first), totals per state and per group, and the
 * figures behind the charts. The web page and {@code GET /api/status} both show exactly this.
 */
public record StatusOverview(StatusFilter filter, int page, int size, long totalRows, List<StatusRow> rows,
		Map<MeasureState, Long> totalsByState, List<GroupTotal> totalsByGroup, List<MonthTotal> stepsCompletedByMonth) {

	public record GroupTotal(String group, String groupName, long measures, long done, long stepsDone, long stepsTotal) {

		/** Steps done as a whole percentage of the group's steps. */
		public int progressPercent() {
			return stepsTotal == 0 ? 0 : (int) Math.round(100.0 * stepsDone / stepsTotal);
		}
	}

	/** @param month e.g. "ต.ค. 66", or "Oct '23" for an English reader (fiscal/ThaiDates#month) */
	public record MonthTotal(String month, long stepsCompleted) {
	}

	/** The longest bar of the status chart; at least 1 so that bars can be scaled by it. */
	public long maxStateCount() {
		return Math.max(1, totalsByState.values().stream().mapToLong(Long::longValue).max().orElse(0));
	}

	/** The tallest bar of the monthly chart; at least 1. */
	public long maxMonthly() {
		return Math.max(1, stepsCompletedByMonth.stream().mapToLong(MonthTotal::stepsCompleted).max().orElse(0));
	}

	public int pages() {
		return (int) Math.max(1, (totalRows + size - 1) / size);
	}
}
