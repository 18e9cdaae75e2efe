package th.go.ita.measuretracker.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.plan.PlanImportService;

/**
 * The seed plan imported for กลุ่มอำนวยการ (group A, somchai), with a member of another group (B, wichai) and a
 * manager (sudamanager); each password is the user id + "-secret".
 */
@Component
public class SeedScenario {

	private final CleanSlate cleanSlate;
	private final PlanImportService importer;

	SeedScenario(CleanSlate cleanSlate, PlanImportService importer) {
		this.cleanSlate = cleanSlate;
		this.importer = importer;
	}

	public void seedPlanWithTwoGroupsAndAManager() {
		cleanSlate.reset();
		cleanSlate.user("somchai", "directorate", "กลุ่มอำนวยการ");
		cleanSlate.user("wichai", "finance", "กลุ่มบริหารงานการเงินและสินทรัพย์");
		cleanSlate.user("sudamanager", "managers", "ผู้บริหาร");
		importer.importYaml(seedPlan(), "admin");
	}

	public static String seedPlan() {
		try {
			return new ClassPathResource("plans/ita-2567-ranong.yaml").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
