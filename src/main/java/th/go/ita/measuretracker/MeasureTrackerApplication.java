package th.go.ita.measuretracker;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

import th.go.ita.measuretracker.fiscal.OfficeTime;

@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
public class MeasureTrackerApplication {

	public static void main(String[] args) {
		// Deadlines are Thai office days and Camunda reads timer dates without an offset in the JVM's zone.
		TimeZone.setDefault(TimeZone.getTimeZone(OfficeTime.ZONE));
		SpringApplication.run(MeasureTrackerApplication.class, args);
	}
}
