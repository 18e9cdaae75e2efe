package th.go.ita.measuretracker.plan;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.intake.FileError;

/**
 * An upload's errors as the plans page shows them, in the page's one language. The errors are written for the API,
 * which answers them as they are: most in English, the newer ones Thai first with English in brackets. On the page a
 * bilingual one shows its own half, and an English one is put into Thai by the rules below (messages.properties,
 * {@code planError.*}); one no rule knows is shown as written.
 */
@Component
@RequiredArgsConstructor
class FileErrorText {

	private static final Pattern THAI = Pattern.compile("[\\u0E00-\\u0E7F]");

	/** An English message and its key; the groups become the message's arguments. */
	private record Rule(String key, Pattern english) {
	}

	private static final List<Rule> RULES = List.of(
			rule("required", "required"),
			rule("requiredEmpty", "required, but empty"),
			rule("twice", "appears twice"),
			rule("unknownField", "unknown field; expected one of (.*)"),
			rule("singleValue", "must be a single value, not a list or mapping"),
			rule("notNumber", "'(.*)' is not a number"),
			rule("notWholeNumber", "'(.*)' is not a whole number"),
			rule("numberList", "must be a list of numbers"),
			rule("atLeastOne", "must name at least one"),
			rule("listEntry", "must be a list with at least one entry"),
			rule("mapping", "must be a mapping with (.*)"),
			rule("plainKey", "a field name must be plain text, not a list or mapping"),
			rule("notYaml", "not valid YAML: (.*)"),
			rule("recursiveAnchor", "not valid here: an anchor .*"),
			rule("notAPlan", "a plan file is a mapping with fiscalYear, organisation and measures"),
			rule("emptyFile", "the file is empty"),
			rule("tooBig", "the file has (\\d+) bytes; an upload may have at most (\\d+)"),
			rule("notUtf8", "the file is not UTF-8 text.*"),
			rule("notBuddhistYear", "(\\d+) is not a Buddhist-Era year.*"),
			rule("christianYear", "'(.*)' looks like a Christian-era year.*"),
			rule("notADate", "'(.*)' is not a B\\.E\\. date of the form.*"),
			rule("stepOrder", "'(.*)' must be sequential or parallel"),
			rule("groupId", "'(.*)' may hold only letters A-Z and digits.*"),
			rule("code", "'(.*)' may hold only letters, digits, '\\.' and '-'.*"),
			rule("codeTwice", "'(.*)' is used by another measure of this plan"),
			rule("unknownGroup", "unknown group '(.*)'; declare it.*"),
			rule("outsideYear", "(\\S+) is outside fiscal year (\\d+) \\((\\S+) to (\\S+)\\)"),
			rule("afterDeadline", "(\\S+) is after the measure's deadline (\\S+)"),
			rule("indicator", "(-?\\d+) is not allowed: ITA indicators are numbered 1 to 10"),
			rule("quarter", "(-?\\d+) is not allowed: quarters are 1 to 4"),
			rule("givenTwice", "(-?\\d+) is given twice"),
			rule("noPlanSheet", "the workbook needs a sheet \"plan\".*"),
			rule("noMeasuresSheet", "the workbook needs a sheet \"measures\""),
			rule("stepFirst", "a step before any measure.*"),
			rule("noMeasure", "must have at least one measure"),
			rule("formula", "formulas are not accepted.*"),
			rule("notXlsx", "not an XLSX workbook: (.*)"));

	private final MessageSource messages;

	/** One error as a row of the page: where, which field, what is wrong. */
	record Shown(String place, String field, String message) {
	}

	Shown show(FileError error, Locale locale) {
		String place = error.line() != null ? messages.getMessage("planError.line", new Object[] { error.line() }, locale)
				: messages.getMessage("planError.row", new Object[] { error.row() }, locale);
		return new Shown(place, error.field(), message(error.message(), locale));
	}

	List<Shown> show(List<FileError> errors, Locale locale) {
		return errors.stream().map(error -> show(error, locale)).toList();
	}

	String message(String message, Locale locale) {
		boolean thai = !"en".equals(locale.getLanguage());
		int bracket = englishBracket(message);
		if (bracket > 0 && THAI.matcher(message.substring(0, bracket)).find()) {
			return thai ? message.substring(0, bracket).strip() : message.substring(bracket + 1, message.length() - 1);
		}
		if (!thai) {
			return message;
		}
		for (Rule rule : RULES) {
			Matcher matcher = rule.english().matcher(message);
			if (matcher.matches()) {
				Object[] arguments = new Object[matcher.groupCount()];
				for (int i = 0; i < arguments.length; i++) {
					arguments[i] = matcher.group(i + 1);
				}
				return messages.getMessage("planError." + rule.key(), arguments, message, locale);
			}
		}
		return message;
	}

	/** Where the closing bracket at the end of the message opens, or -1. */
	private static int englishBracket(String message) {
		if (!message.endsWith(")")) {
			return -1;
		}
		int depth = 0;
		for (int i = message.length() - 1; i >= 0; i--) {
			char c = message.charAt(i);
			if (c == ')') {
				depth++;
			}
			else if (c == '(' && --depth == 0) {
				return i;
			}
		}
		return -1;
	}

	private static Rule rule(String key, String english) {
		return new Rule(key, Pattern.compile(english, Pattern.DOTALL));
	}
}
