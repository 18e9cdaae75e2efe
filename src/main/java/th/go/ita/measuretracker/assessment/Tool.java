package th.go.ita.measuretracker.assessment;

/** The three ITA instruments and the indicators each one scores. */
public enum Tool {
	/** Internal stakeholders' perception: indicators 1–5. */
	IIT(1, 5),
	/** External stakeholders' perception: indicators 6–8. */
	EIT(6, 8),
	/** Open data on the office's website: indicators 9–10. */
	OIT(9, 10);

	final int firstIndicator;
	final int lastIndicator;

	Tool(int firstIndicator, int lastIndicator) {
		this.firstIndicator = firstIndicator;
		this.lastIndicator = lastIndicator;
	}

	public int firstIndicator() {
		return firstIndicator;
	}

	public int lastIndicator() {
		return lastIndicator;
	}
}
