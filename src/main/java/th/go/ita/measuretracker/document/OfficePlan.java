package th.go.ita.measuretracker.document;

import java.util.List;

import th.go.ita.measuretracker.plan.MeasureView;

/**
 * One office's plan for one fiscal year, as documents read it: its measures with their steps, in the order the
 * plan file gave them.
 *
 * @param officeCode the office's short code, {@code null} for a plan imported without one
 * @param groupNames the Camunda name of each group, by id
 */
record OfficePlan(int fiscalYear, String organisation, String officeCode, List<MeasureView> measures,
		java.util.Map<String, String> groupNames) {

	String groupName(String groupId) {
		return groupNames.getOrDefault(groupId, groupId);
	}
}
