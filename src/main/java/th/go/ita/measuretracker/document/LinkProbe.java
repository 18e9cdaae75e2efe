package th.go.ita.measuretracker.document;

/** Asks a web address whether it still answers. */
interface LinkProbe {

	/** @param outcome what a manager reads: the HTTP status, or why there was none */
	record Answer(boolean answered, String outcome) {
	}

	Answer probe(String url);
}
