package th.go.ita.measuretracker;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Fails the build when a feature reaches into another's internals or the features depend on each other in a cycle. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(MeasureTrackerApplication.class);

	@Test
	void featuresRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesTheModuleMap() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}
}
