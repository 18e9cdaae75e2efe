/**
 * Thai typesetting for every PDF the app makes: an HTML page (a Thymeleaf template) printed by headless Chromium,
 * which shapes Thai with HarfBuzz (tone marks and vowels stacked as a Thai reader expects) and breaks lines with
 * ICU's Thai dictionary (only between words), in the Laksaman font (TH Sarabun's metrics) that ships with the app.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Thai typesetting (PDF)",
		allowedDependencies = {})
package th.go.ita.measuretracker.typeset;
