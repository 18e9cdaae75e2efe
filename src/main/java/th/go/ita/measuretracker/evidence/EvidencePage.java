package th.go.ita.measuretracker.evidence;

import java.util.List;

/**
 * What the evidence page of one step or report shows, and what the viewer may do there.
 *
 * @param groups one for a step; for a report, one per submitted version and last what is not submitted yet
 * @param correctable the files a correction may supersede (they can no longer be removed)
 * @param taskUrl the open task in Tasklist, to go back to; {@code null} when none is open
 */
record EvidencePage(EvidenceTarget target, String heading, List<Group> groups, boolean mayAttach,
		List<EvidenceFile> correctable, String uploadUrl, long maxFileBytes, String taskUrl) {

	/** @param version the report version; {@code null} for a step's files or a report's unsubmitted ones */
	record Group(Integer version, boolean submitted, List<Item> items) {
	}

	record Item(EvidenceFile file, boolean removable, boolean publishable) {
	}

	public boolean isEmpty() {
		return groups.stream().allMatch(g -> g.items().isEmpty());
	}
}
