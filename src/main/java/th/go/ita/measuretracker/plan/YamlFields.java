package th.go.ita.measuretracker.plan;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

/**
 * The keys of one YAML mapping, each read with its line and reported under its path. Files are read from the
 * YAML node tree rather than into objects, so that every error can name its line; reading goes on after an error,
 * so that a file gets all its errors at once. Used for plan and assessment files.
 */
public final class YamlFields {

	/**
	 * Parses a whole file whose top level is a mapping with the {@code allowed} keys.
	 * @return {@code null} when the file is not YAML or not a mapping (the reason is in {@code errors})
	 */
	public static YamlFields parse(String yaml, List<PlanError> errors, Set<String> allowed, String expected) {
		Node root;
		try {
			LoaderOptions options = new LoaderOptions();
			options.setMaxAliasesForCollections(10);
			root = new Yaml(new SafeConstructor(options)).compose(new StringReader(yaml));
		}
		catch (MarkedYAMLException ex) {
			int line = ex.getProblemMark() != null ? ex.getProblemMark().getLine() + 1 : 1;
			errors.add(new PlanError(line, "(file)", "not valid YAML: " + ex.getProblem()));
			return null;
		}
		catch (YAMLException ex) {
			errors.add(new PlanError(1, "(file)", "not valid YAML: " + ex.getMessage()));
			return null;
		}
		if (!(root instanceof MappingNode map)) {
			errors.add(new PlanError(1, "(file)", expected));
			return null;
		}
		return new YamlFields(map, "", errors, allowed);
	}


	private final MappingNode node;
	private final String path;
	private final List<PlanError> errors;
	private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

	YamlFields(MappingNode node, String path, List<PlanError> errors, Set<String> allowed) {
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

	public int line() {
		return node.getStartMark().getLine() + 1;
	}

	public Map<String, Integer> lines() {
		Map<String, Integer> lines = new LinkedHashMap<>();
		entries.forEach((key, tuple) -> lines.put(key, tuple.getValueNode().getStartMark().getLine() + 1));
		return lines;
	}

	public String path() {
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

	public String text(String key, boolean required) {
		ScalarNode scalar = scalar(key, required);
		return scalar == null ? null : scalar.getValue().strip();
	}

	public BigDecimal decimal(String key, boolean required) {
		ScalarNode scalar = scalar(key, required);
		if (scalar == null) {
			return null;
		}
		try {
			return new BigDecimal(scalar.getValue().strip());
		}
		catch (NumberFormatException ex) {
			error(scalar, key, "'" + scalar.getValue() + "' is not a number");
			return null;
		}
	}

	/** Reports a problem with a field's value, at the line the value is on. */
	public void reject(String key, String message) {
		Integer line = lines().get(key);
		errors.add(new PlanError(line == null ? line() : line, pathOf(key), message));
	}

	public Integer integer(String key, boolean required) {
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

	public LocalDate date(String key, boolean required) {
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
	public List<Integer> integers(String key) {
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



	public List<YamlFields> list(String key, boolean required, Set<String> allowed) {
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
		List<YamlFields> items = new ArrayList<>();
		for (int i = 0; i < seq.getValue().size(); i++) {
			Node item = seq.getValue().get(i);
			String itemPath = pathOf(key) + "[" + (i + 1) + "]";
			if (item instanceof MappingNode m) {
				items.add(new YamlFields(m, itemPath, errors, allowed));
			}
			else {
				errors.add(new PlanError(item.getStartMark().getLine() + 1, itemPath,
						"must be a mapping with " + String.join(", ", allowed)));
			}
		}
		return items;
	}
}
