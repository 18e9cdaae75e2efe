package th.go.ita.measuretracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Fails the build when a feature uses a module it has not declared (each package-info.java lists its
 * allowedDependencies), reaches into another's internal package, or the features depend on each other in a cycle.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(MeasureTrackerApplication.class);

	@Test
	void featuresRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesTheModuleMap() throws Exception {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();

		Path docs = Path.of("target", "spring-modulith-docs");
		assertThat(docs.resolve("components.puml")).content().contains("Measure plans").contains("File intake");
		modules.forEach(module -> assertThat(docs.resolve("module-" + module.getName() + ".puml")).exists());
		assertThat(Files.list(docs).count()).isGreaterThan(modules.stream().count());
	}
}
