package th.go.ita.measuretracker.workflow;

/**
 * Fits a text into a Camunda task name: ACT_RU_TASK.NAME_ (and ACT_HI_TASKINST.NAME_) hold 255 characters, a step's
 * text may be longer. The whole text stays in our step table and on the step's form and status page.
 */
public final class TaskNames {

	public static final int MAX_LENGTH = 255;

	private TaskNames() {
	}

	/** The text itself, or its first 254 characters and "…" (never half of a surrogate pair). */
	public static String fit(String text) {
		if (text == null || text.length() <= MAX_LENGTH) {
			return text;
		}
		int end = MAX_LENGTH - 1;
		if (Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end) + "…";
	}
}
