package th.go.ita.measuretracker.assessment;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param iitWeight points of the 100 that the IIT tool carries (default 30)
 * @param eitWeight points of EIT (30)
 * @param oitWeight points of OIT (40)
 * @param target an indicator below this is a weakness and gets a draft measure (95)
 * @param reviewerGroup who reviews draft measures (the managers)
 */
@ConfigurationProperties("measure-tracker.assessment")
record AssessmentPolicy(@DefaultValue("30") int iitWeight, @DefaultValue("30") int eitWeight,
		@DefaultValue("40") int oitWeight, @DefaultValue("95") BigDecimal target,
		@DefaultValue("managers") String reviewerGroup) {

	AssessmentPolicy {
		if (iitWeight + eitWeight + oitWeight != 100 || iitWeight < 0 || eitWeight < 0 || oitWeight < 0) {
			throw new IllegalArgumentException("measure-tracker.assessment: the tool weights must be >= 0 and add up to 100");
		}
	}

	int weight(Tool tool) {
		return switch (tool) {
			case IIT -> iitWeight;
			case EIT -> eitWeight;
			case OIT -> oitWeight;
		};
	}
}
