package th.go.ita.measuretracker.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A measure as GET /api/measures/{businessKey} answers it: its own fields, then the parts other modules add. */
public final class MeasureAnswer {

	private final MeasureView measure;
	private final Map<String, Object> parts = new LinkedHashMap<>();

	MeasureAnswer(MeasureView measure, List<MeasureAnswerPart> parts) {
		this.measure = measure;
		for (MeasureAnswerPart part : parts) {
			this.parts.put(part.name(), part.of(measure));
		}
	}

	@JsonUnwrapped
	public MeasureView getMeasure() {
		return measure;
	}

	@JsonAnyGetter
	public Map<String, Object> getParts() {
		return parts;
	}
}
