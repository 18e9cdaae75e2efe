package th.go.ita.measuretracker.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param publicUrl where the app is reached from outside (the office's website links to its public page there)
 */
@ConfigurationProperties("measure-tracker.documents")
record DocumentSettings(@DefaultValue("http://localhost:8080") String publicUrl) {

	/** The office's public page for a year: the address its website gives the OIT. */
	String publicPage(String officeCode, int fiscalYear) {
		return publicUrl.replaceAll("/+$", "") + "/public/" + officeCode + "/" + fiscalYear;
	}
}
