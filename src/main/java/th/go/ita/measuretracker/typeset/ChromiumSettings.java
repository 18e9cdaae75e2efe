package th.go.ita.measuretracker.typeset;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param chromium the Chromium (or Chrome) executable that prints our PDFs (Debian's package: /usr/bin/chromium)
 * @param timeout the longest one PDF may take before its Chromium is killed
 * @param concurrent how many Chromiums may print at once (each takes about 150 MB and a core for a second)
 */
@ConfigurationProperties("measure-tracker.pdf")
record ChromiumSettings(@DefaultValue("/usr/bin/chromium") Path chromium, @DefaultValue("PT60S") Duration timeout,
		@DefaultValue("2") int concurrent) {
}
