package th.go.ita.measuretracker.assessment;

import java.io.IOException;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.intake.DemoFiles;

/** Loads assessments/*.yaml on the embedded default, after the demo users and plans. */
@Component
@Order(3)
@ConditionalOnProperty(name = "measure-tracker.demo.enabled", havingValue = "true")
@RequiredArgsConstructor
class DemoAssessmentLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAssessmentLoader.class);

	private final AssessmentService assessments;

	@Override
	public void run(ApplicationArguments args) throws IOException {
		DemoFiles.each("classpath*:assessments/*.yaml", (name, yaml) -> {
			AssessmentResult result = assessments.importYaml(yaml);
			log.info("Demo assessment {}: total {} grade {}, {} discrepancies, weak indicators {}", name, result.total(),
					result.grade(), result.discrepancies().size(), result.weakIndicators());
		});
	}
}
