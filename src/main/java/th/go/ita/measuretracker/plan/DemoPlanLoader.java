package th.go.ita.measuretracker.plan;

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

/** Loads plans/*.yaml on the embedded default; the same plan again changes nothing, so a restart adds nothing. */
@Component
@Order(2)
@ConditionalOnProperty(name = "measure-tracker.demo.enabled", havingValue = "true")
@RequiredArgsConstructor
class DemoPlanLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPlanLoader.class);

	private final PlanImportService importer;

	@Override
	public void run(ApplicationArguments args) throws IOException {
		DemoFiles.each("classpath*:plans/*.yaml", (name, yaml) -> {
			try {
				ImportResult result = importer.importYaml(yaml, "demo");
				log.info("Demo plan {}: {}, started {}, already there {}", name, result.outcome(), result.started(),
						result.alreadyImported());
			}
			catch (PlanAmendmentRequiredException ex) {
				// a changed file is an amendment, with a reason: an admin makes it on /plans
				log.warn("Demo plan {} differs from the stored plan and was not applied: {}", name, ex.getMessage());
			}
		});
	}
}
