package th.go.ita.measuretracker.document;

/** Camunda keeps a task's name in 255 characters. */
final class FormTextLimit {

	private static final int TASK_NAME = 255;

	private FormTextLimit() {
	}

	static String cut(String name) {
		return name.length() <= TASK_NAME ? name : name.substring(0, TASK_NAME - 1) + "…";
	}
}
