package th.go.ita.measuretracker.plan;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.fiscal.Wording;
import th.go.ita.measuretracker.plan.PlanDiffer.Stored;
import th.go.ita.measuretracker.plan.PlanRepository.MeasureRow;
import th.go.ita.measuretracker.plan.PlanRepository.StepRow;

/**
 * Writes a stored plan in the YAML format of plans/README.md, so that importing what was downloaded changes
 * nothing. Every text is double-quoted with escapes, so no text (a colon, a "#", a line break) can change the
 * file's structure. Measures carried over to next year's plan are left out: they continue there.
 */
@Component
class PlanYamlWriter {

	/** @param locale the language of the comment at the top: the reader's for a download, Thai for a stored version */
	String write(int fiscalYear, String organisation, List<Stored> measures, Locale locale) {
		StringBuilder yaml = new StringBuilder()
			.append("# ").append(Wording.in(locale, "planFile.yamlComment", fiscalYear)).append('\n')
			.append("fiscalYear: ").append(fiscalYear).append('\n')
			.append("organisation: ").append(quoted(organisation)).append('\n')
			.append("measures:\n");
		for (Stored stored : measures) {
			MeasureRow m = stored.measure();
			if ("CARRIED_OVER".equals(m.status())) {
				continue;
			}
			yaml.append("  - code: ").append(quoted(m.code())).append('\n')
				.append("    title: ").append(quoted(m.title())).append('\n');
			if (m.description() != null && !m.description().isEmpty()) {
				yaml.append("    description: ").append(quoted(m.description())).append('\n');
			}
			yaml.append("    indicators: [").append(spaced(m.indicators())).append("]\n")
				.append("    responsibleGroup: ").append(quoted(m.responsibleGroup())).append('\n')
				.append("    deadline: ").append(PlanDiffer.date(m.deadline())).append('\n')
				.append("    reportingQuarters: [").append(spaced(m.reportingQuarters())).append("]\n")
				.append("    stepOrder: ").append(StepOrder.valueOf(m.stepOrder()).name().toLowerCase(Locale.ROOT))
				.append('\n');
			if (m.carriedOverFrom() != null) {
				yaml.append("    carriedOverFrom: ").append(quoted(m.carriedOverFrom())).append('\n');
			}
			if ("CANCELLED".equals(m.status())) {
				yaml.append("    cancelled: ").append(quoted(m.closedReason())).append('\n');
			}
			yaml.append("    steps:\n");
			for (StepRow step : stored.steps()) {
				yaml.append("      - text: ").append(quoted(step.text())).append('\n');
				if (!step.groupId().equals(m.responsibleGroup())) {
					yaml.append("        group: ").append(quoted(step.groupId())).append('\n');
				}
				if (writesDue(m, step)) {
					yaml.append("        due: ").append(PlanDiffer.date(step.dueDate())).append('\n');
				}
			}
		}
		return yaml.toString();
	}

	/**
	 * A step's own due date is written when it is not the deadline. A completed step's date may lie after a deadline
	 * that was moved earlier: it is left out (the plan rules would refuse it), and a completed step without a due date
	 * keeps its own (PlanDiffer).
	 */
	static boolean writesDue(MeasureRow measure, StepRow step) {
		return !step.dueDate().equals(measure.deadline())
				&& !(step.isCompleted() && step.dueDate().isAfter(measure.deadline()));
	}

	private static String spaced(String commaSeparated) {
		return commaSeparated.replace(",", ", ");
	}

	/** A YAML double-quoted scalar: backslash, quote, line breaks and control characters escaped. */
	static String quoted(String text) {
		StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
		text.codePoints().forEach(c -> {
			switch (c) {
				case '\\' -> quoted.append("\\\\");
				case '"' -> quoted.append("\\\"");
				case '\n' -> quoted.append("\\n");
				case '\r' -> quoted.append("\\r");
				case '\t' -> quoted.append("\\t");
				default -> {
					if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029 || c == 0xfeff) {
						quoted.append(String.format("\\u%04x", c));
					}
					else {
						quoted.appendCodePoint(c);
					}
				}
			}
		});
		return quoted.append('"').toString();
	}
}
