package th.go.ita.measuretracker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MeasureTrackerApplication {
	public static void main(String[] args) {
		SpringApplication.run(MeasureTrackerApplication.class, args);
	}
}
