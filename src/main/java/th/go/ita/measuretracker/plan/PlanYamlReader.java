package th.go.ita.measuretracker.plan;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import th.go.ita.measuretracker.fiscal.ThaiDates;
import th.go.ita.measuretracker.plan.PlanDocument.GroupDeclaration;
import th.go.ita.measuretracker.plan.PlanDocument.MeasureEntry;
import th.go.ita.measuretracker.plan.PlanDocument.StepEntry;
import th.go.ita.measuretracker.workflow.MeasureProcesses.StepOrder;

/**
 * Reads the YAML plan format (see plans/README.md) from the YAML node tree rather than into objects, so that
 * every error can name the line it is on; it keeps going after an error to report them all at once.
 */
@Component
class PlanYamlReader {

	record Reading(PlanDocument document, List<PlanError> errors) {
	}

	Reading read(String yaml) {
		List<PlanError> errors = new ArrayList<>();
		Node root;
		try {
			LoaderOptions options = new LoaderOptions();
			options.setMaxAliasesForCollections(10);
			root = new Yaml(new SafeConstructor(options)).compose(new StringReader(yaml));
		}
		catch (MarkedYAMLException ex) {
			int line = ex.getProblemMark() != null ? ex.getProblemMark().getLine() + 1 : 1;
			errors.add(new PlanError(line, "(file)", "not valid YAML: " + ex.getProblem()));
			return new Reading(null, errors);
		}
		catch (YAMLException ex) {
			errors.add(new PlanError(1, "(file)", "not valid YAML: " + ex.getMessage()));
			return new Reading(null, errors);
		}
		if (!(root instanceof MappingNode map)) {
			errors.add(new PlanError(1, "(file)", "a plan file is a mapping with fiscalYear, organisation and measures"));
			return new Reading(null, errors);
		}
		Fields plan = new Fields(map, "", errors, Set.of("fiscalYear", "organisation", "groups", "measures"));
		Integer fiscalYear = plan.integer("fiscalYear", true);
		if (fiscalYear != null && (fiscalYear < 2400 || fiscalYear > 2800)) {
			errors.add(new PlanError(plan.lines().get("fiscalYear"), "fiscalYear",
					fiscalYear + " is not a Buddhist-Era year (ปี พ.ศ.), e.g. 2567"));
			fiscalYear = null;
		}
		String organisation = plan.text("organisation", true);
		List<GroupDeclaration> groups = new ArrayList<>();
		for (Fields group : plan.list("groups", false, Set.of("id", "name"))) {
			groups.add(new GroupDeclaration(group.line(), group.path(), group.text("id", true), group.text("name", true)));
		}
		List<MeasureEntry> measures = new ArrayList<>();
		for (Fields measure : plan.list("measures", true, Set.of("code", "title", "description", "indicators",
				"responsibleGroup", "deadline", "reportingQuarters", "stepOrder", "steps"))) {
			List<StepEntry> steps = new ArrayList<>();
			for (Fields step : measure.list("steps", true, Set.of("text", "group", "due"))) {
				steps.add(new StepEntry(step.line(), step.path(), step.text("text", true), step.text("group", false),
						step.date("due", false), step.lines()));
			}
			measures.add(new MeasureEntry(measure.line(), measure.path(), measure.text("code", true),
					measure.text("title", true), measure.text("description", false), measure.integers("indicators"),
					measure.text("responsibleGroup", true), measure.date("deadline", true),
					measure.integers("reportingQuarters"), measure.stepOrder(), steps, measure.lines()));
		}
		return new Reading(new PlanDocument(fiscalYear, organisation, groups, measures), errors);
	}

	/** The keys of one YAML mapping, each read with its line and reported under its path. */
	private static final class Fields {

		private final MappingNode node;
		private final String path;
		private final List<PlanError> errors;
		private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

		Fields(MappingNode node, String path, List<PlanError> errors, Set<String> allowed) {
			this.node = node;
			this.path = path;
			this.errors = errors;
			Set<String> seen = new HashSet<>();
			for (NodeTuple tuple : node.getValue()) {
				String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(tuple.getKeyNode());
				if (!seen.add(key)) {
					error(tuple.getKeyNode(), key, "appears twice");
				}
				else if (!allowed.contains(key)) {
					error(tuple.getKeyNode(), key, "unknown field; expected one of " + String.join(", ", allowed));
				}
				else {
					entries.put(key, tuple);
				}
			}
		}

		int line() {
			return node.getStartMark().getLine() + 1;
		}

		Map<String, Integer> lines() {
			Map<String, Integer> lines = new LinkedHashMap<>();
			entries.forEach((key, tuple) -> lines.put(key, tuple.getValueNode().getStartMark().getLine() + 1));
			return lines;
		}

		String path() {
			return path.isEmpty() ? "(plan)" : path;
		}

		private String pathOf(String key) {
			return path.isEmpty() ? key : path + "." + key;
		}

		private void error(Node at, String key, String message) {
			errors.add(new PlanError(at.getStartMark().getLine() + 1, pathOf(key), message));
		}

		private ScalarNode scalar(String key, boolean required) {
			NodeTuple tuple = entries.get(key);
			if (tuple == null) {
				if (required) {
					errors.add(new PlanError(line(), pathOf(key), "required"));
				}
				return null;
			}
			Node value = tuple.getValueNode();
			if (!(value instanceof ScalarNode scalar)) {
				error(value, key, "must be a single value, not a list or mapping");
				return null;
			}
			if (scalar.getValue().isBlank() || "~".equals(scalar.getValue()) || "null".equals(scalar.getValue())) {
				if (required) {
					error(value, key, "required, but empty");
				}
				return null;
			}
			return scalar;
		}

		String text(String key, boolean required) {
			ScalarNode scalar = scalar(key, required);
			return scalar == null ? null : scalar.getValue().strip();
		}

		Integer integer(String key, boolean required) {
			ScalarNode scalar = scalar(key, required);
			return scalar == null ? null : toInteger(scalar, key);
		}

		private Integer toInteger(ScalarNode scalar, String key) {
			try {
				return Integer.valueOf(scalar.getValue().strip());
			}
			catch (NumberFormatException ex) {
				error(scalar, key, "'" + scalar.getValue() + "' is not a whole number");
				return null;
			}
		}

		LocalDate date(String key, boolean required) {
			ScalarNode scalar = scalar(key, required);
			if (scalar == null) {
				return null;
			}
			try {
				return ThaiDates.parseIsoBuddhist(scalar.getValue());
			}
			catch (IllegalArgumentException ex) {
				error(scalar, key, ex.getMessage());
				return null;
			}
		}

		/** A list of whole numbers, written either as [9, 10] or as a single number. */
		List<Integer> integers(String key) {
			NodeTuple tuple = entries.get(key);
			if (tuple == null) {
				errors.add(new PlanError(line(), pathOf(key), "required"));
				return List.of();
			}
			List<ScalarNode> items = new ArrayList<>();
			if (tuple.getValueNode() instanceof SequenceNode seq) {
				for (Node item : seq.getValue()) {
					if (item instanceof ScalarNode s) {
						items.add(s);
					}
					else {
						error(item, key, "must be a list of numbers");
					}
				}
			}
			else if (tuple.getValueNode() instanceof ScalarNode s) {
				items.add(s);
			}
			else {
				error(tuple.getValueNode(), key, "must be a list of numbers");
			}
			List<Integer> numbers = new ArrayList<>();
			for (ScalarNode item : items) {
				Integer n = toInteger(item, key);
				if (n != null) {
					numbers.add(n);
				}
			}
			if (numbers.isEmpty() && items.isEmpty()) {
				error(tuple.getValueNode(), key, "must name at least one");
			}
			return numbers;
		}

		StepOrder stepOrder() {
			ScalarNode scalar = scalar("stepOrder", false);
			if (scalar == null) {
				return StepOrder.SEQUENTIAL;
			}
			try {
				return StepOrder.valueOf(scalar.getValue().strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				error(scalar, "stepOrder", "'" + scalar.getValue() + "' must be sequential or parallel");
				return StepOrder.SEQUENTIAL;
			}
		}

		List<Fields> list(String key, boolean required, Set<String> allowed) {
			NodeTuple tuple = entries.get(key);
			if (tuple == null) {
				if (required) {
					errors.add(new PlanError(line(), pathOf(key), "required"));
				}
				return List.of();
			}
			if (!(tuple.getValueNode() instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
				if (required || !(tuple.getValueNode() instanceof SequenceNode)) {
					error(tuple.getValueNode(), key, "must be a list with at least one entry");
				}
				return List.of();
			}
			List<Fields> items = new ArrayList<>();
			for (int i = 0; i < seq.getValue().size(); i++) {
				Node item = seq.getValue().get(i);
				String itemPath = pathOf(key) + "[" + (i + 1) + "]";
				if (item instanceof MappingNode m) {
					items.add(new Fields(m, itemPath, errors, allowed));
				}
				else {
					errors.add(new PlanError(item.getStartMark().getLine() + 1, itemPath,
							"must be a mapping with " + String.join(", ", allowed)));
				}
			}
			return items;
		}
	}
}
