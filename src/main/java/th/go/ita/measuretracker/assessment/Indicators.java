package th.go.ita.measuretracker.assessment;

import th.go.ita.measuretracker.fiscal.Wording;

/** The names of the ten ITA indicators (ตัวชี้วัด), as the assessment manual gives them (messages: indicator.N). */
final class Indicators {

	private Indicators() {
	}

	/** The Thai name: what is stored and what a draft plan says. */
	static String name(int number) {
		return Wording.in(Wording.THAI, "indicator." + number);
	}

	/** The name in the reader's language. */
	static String nameToRead(int number) {
		return Wording.of("indicator." + number);
	}
}
