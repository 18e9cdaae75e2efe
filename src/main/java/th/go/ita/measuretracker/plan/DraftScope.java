package th.go.ita.measuretracker.plan;

import java.util.List;
import java.util.Map;

import th.go.ita.measuretracker.fiscal.Wording;
import th.go.ita.measuretracker.intake.FileError;
import th.go.ita.measuretracker.plan.PlanDocument.GroupDeclaration;

/**
 * What a plan imported from a draft-measures review may be: a manager (who may not import plans) turns the draft
 * into the plan of its own office and fiscal year, with the groups an admin has created — never another office's
 * plan, and never new groups.
 */
record DraftScope(int fiscalYear, String organisation) {

	void check(PlanDocument plan, Map<String, String> knownGroups, List<FileError> errors) {
		if (plan.fiscalYear() != null && plan.fiscalYear() != fiscalYear) {
			errors.add(plan.place().error("fiscalYear", Wording.of("draft.otherYear", fiscalYear, plan.fiscalYear())));
		}
		if (plan.organisation() != null && !plan.organisation().equals(organisation)) {
			errors.add(plan.place().error("organisation", Wording.of("draft.otherOffice", organisation)));
		}
		for (GroupDeclaration group : plan.groups()) {
			if (group.id() != null && !knownGroups.containsKey(group.id())) {
				errors.add(group.place().error("id", Wording.of("draft.newGroup", group.id())));
			}
		}
	}
}
