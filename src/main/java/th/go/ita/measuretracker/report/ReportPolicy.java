package th.go.ita.measuretracker.report;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dueDaysAfterQuarter a quarter's report is due this many days after the quarter's last day
 * @param reviewerGroup the Camunda group whose members review reports
 */
@ConfigurationProperties("measure-tracker.reports")
record ReportPolicy(@DefaultValue("15") int dueDaysAfterQuarter, @DefaultValue("managers") String reviewerGroup) {
}
