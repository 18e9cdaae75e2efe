package th.go.ita.measuretracker.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

import th.go.ita.measuretracker.fiscal.ThaiDates;
import th.go.ita.measuretracker.fiscal.Wording;

/**
 * The keys of one YAML mapping, each read with its line and reported under its path. Files are read from the
 * YAML node tree rather than into objects, so that every error can name its line; reading goes on after an error,
 * so that a file gets all its errors at once. Used for plan and assessment files.
 */
public final class YamlFields {

	/** More aliases of lists or mappings than a hand-written file needs; more would let a small file expand hugely. */
	static final int MAX_ALIASES = 10;

	/**
	 * Parses a whole file whose top level is a mapping with the {@code allowed} keys.
	 * @param expected the message that says what the file must be, e.g. plan.expected
	 * @return {@code null} when the file is not YAML or not a mapping (the reason is in {@code errors})
	 */
	public static YamlFields parse(String yaml, List<FileError> errors, Set<String> allowed, String expected) {
		int before = errors.size();
		Node root = compose(yaml, errors);
		if (errors.size() > before) {
			return null;
		}
		if (!(root instanceof MappingNode map)) {
			errors.add(new FileError(1, "(file)", Wording.of(expected)));
			return null;
		}
		return new YamlFields(map, "", errors, allowed);
	}

	/**
	 * The node tree, or {@code null} with the reason in {@code errors}. Every refusal of the parser names a line:
	 * an alias bomb ("billion laughs") is stopped at the alias past {@link #MAX_ALIASES}, a file longer than an
	 * upload may be at its end, and an anchor used inside itself (which would make reading the tree endless) where
	 * it is defined.
	 */
	private static Node compose(String yaml, List<FileError> errors) {
		LoaderOptions options = new LoaderOptions();
		options.setAllowRecursiveKeys(false);
		options.setMaxAliasesForCollections(MAX_ALIASES);
		options.setCodePointLimit(UploadedText.MAX_BYTES);
		LastEventParser parser = new LastEventParser(new ParserImpl(new StreamReader(yaml), options));
		Node root;
		try {
			root = new Composer(parser, new Resolver(), options).getSingleNode();
		}
		catch (MarkedYAMLException ex) {
			int line = ex.getProblemMark() != null ? ex.getProblemMark().getLine() + 1 : parser.line();
			errors.add(new FileError(line, "(file)", Wording.of("file.notYaml", ex.getProblem())));
			return null;
		}
		catch (YAMLException ex) {
			errors.add(new FileError(parser.line(), "(file)", Wording.of("file.notYaml", ex.getMessage())));
			return null;
		}
		Node recursive = root == null ? null : recursive(root);
		if (recursive != null) {
			errors.add(new FileError(recursive.getStartMark().getLine() + 1, "(file)", Wording.of("file.recursiveAnchor")));
			return null;
		}
		return root;
	}

	/** The first node that contains itself, or {@code null}; the composer marks such nodes for two-step construction. */
	private static Node recursive(Node node) {
		if (node.isTwoStepsConstruction()) {
			return node;
		}
		List<Node> children = new ArrayList<>();
		if (node instanceof SequenceNode seq) {
			children.addAll(seq.getValue());
		}
		else if (node instanceof MappingNode map) {
			map.getValue().forEach(tuple -> {
				children.add(tuple.getKeyNode());
				children.add(tuple.getValueNode());
			});
		}
		for (Node child : children) {
			Node found = recursive(child);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	/** Remembers where the last event the composer took starts: the line of a refusal that carries no mark. */
	private static final class LastEventParser implements Parser {

		private final Parser parser;
		private Event last;

		LastEventParser(Parser parser) {
			this.parser = parser;
		}

		int line() {
			return last == null || last.getStartMark() == null ? 1 : last.getStartMark().getLine() + 1;
		}

		@Override
		public boolean checkEvent(Event.ID choice) {
			return parser.checkEvent(choice);
		}

		@Override
		public Event peekEvent() {
			return parser.peekEvent();
		}

		@Override
		public Event getEvent() {
			last = parser.getEvent();
			return last;
		}
	}

	private final MappingNode node;
	private final String path;
	private final List<FileError> errors;
	private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

	YamlFields(MappingNode node, String path, List<FileError> errors, Set<String> allowed) {
		this.node = node;
		this.path = path;
		this.errors = errors;
		Set<String> seen = new HashSet<>();
		for (NodeTuple tuple : node.getValue()) {
			if (!(tuple.getKeyNode() instanceof ScalarNode scalarKey)) {
				// never printed: a key node may be a huge or nested structure
				errors.add(new FileError(tuple.getKeyNode().getStartMark().getLine() + 1, path(),
						Wording.of("file.keyNotText")));
				continue;
			}
			String key = scalarKey.getValue();
			if (!seen.add(key)) {
				error(tuple.getKeyNode(), key, Wording.of("file.twice"));
			}
			else if (!allowed.contains(key)) {
				error(tuple.getKeyNode(), key, Wording.of("file.unknownField", String.join(", ", allowed)));
			}
			else {
				entries.put(key, tuple);
			}
		}
	}

	public int line() {
		return node.getStartMark().getLine() + 1;
	}

	public String path() {
		return path.isEmpty() ? "(plan)" : path;
	}

	private String pathOf(String key) {
		return path.isEmpty() ? key : path + "." + key;
	}

	private void error(Node at, String key, String message) {
		errors.add(new FileError(at.getStartMark().getLine() + 1, pathOf(key), message));
	}

	private ScalarNode scalar(String key, boolean required) {
		NodeTuple tuple = entries.get(key);
		if (tuple == null) {
			if (required) {
				errors.add(new FileError(line(), pathOf(key), Wording.of("file.required")));
			}
			return null;
		}
		Node value = tuple.getValueNode();
		if (!(value instanceof ScalarNode scalar)) {
			error(value, key, Wording.of("file.single"));
			return null;
		}
		if (scalar.getValue().isBlank() || "~".equals(scalar.getValue()) || "null".equals(scalar.getValue())) {
			if (required) {
				error(value, key, Wording.of("file.requiredEmpty"));
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
			error(scalar, key, Wording.of("file.notNumber", scalar.getValue()));
			return null;
		}
	}

	/** Reports a problem with a field's value, at the line the value is on. */
	public void reject(String key, String message) {
		errors.add(errorAt(key, message));
	}

	/** A problem with a field's value, at the line the value is on (this mapping's line when the field is missing). */
	public FileError errorAt(String key, String message) {
		NodeTuple tuple = entries.get(key);
		int at = tuple == null ? line() : tuple.getValueNode().getStartMark().getLine() + 1;
		return new FileError(at, pathOf(key), message);
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
			error(scalar, key, Wording.of("file.notWholeNumber", scalar.getValue()));
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
			errors.add(new FileError(line(), pathOf(key), Wording.of("file.required")));
			return List.of();
		}
		List<ScalarNode> items = new ArrayList<>();
		if (tuple.getValueNode() instanceof SequenceNode seq) {
			for (Node item : seq.getValue()) {
				if (item instanceof ScalarNode s) {
					items.add(s);
				}
				else {
					error(item, key, Wording.of("file.listOfNumbers"));
				}
			}
		}
		else if (tuple.getValueNode() instanceof ScalarNode s) {
			items.add(s);
		}
		else {
			error(tuple.getValueNode(), key, Wording.of("file.listOfNumbers"));
		}
		List<Integer> numbers = new ArrayList<>();
		for (ScalarNode item : items) {
			Integer n = toInteger(item, key);
			if (n != null) {
				numbers.add(n);
			}
		}
		if (numbers.isEmpty() && items.isEmpty()) {
			error(tuple.getValueNode(), key, Wording.of("file.atLeastOne"));
		}
		return numbers;
	}



	public List<YamlFields> list(String key, boolean required, Set<String> allowed) {
		NodeTuple tuple = entries.get(key);
		if (tuple == null) {
			if (required) {
				errors.add(new FileError(line(), pathOf(key), Wording.of("file.required")));
			}
			return List.of();
		}
		if (!(tuple.getValueNode() instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
			if (required || !(tuple.getValueNode() instanceof SequenceNode)) {
				error(tuple.getValueNode(), key, Wording.of("file.listRequired"));
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
				errors.add(new FileError(item.getStartMark().getLine() + 1, itemPath,
						Wording.of("file.mappingWith", String.join(", ", allowed))));
			}
		}
		return items;
	}
}
