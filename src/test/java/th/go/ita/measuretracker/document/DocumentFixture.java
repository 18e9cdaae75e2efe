package th.go.ita.measuretracker.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.assessment.AssessmentService;
import th.go.ita.measuretracker.support.CleanSlate;
import th.go.ita.measuretracker.support.SeedScenario;

/**
 * The seed office: its 2567 plan (กลุ่มอำนวยการ: somchai; finance: wichai; managers: sudamanager), its 2566
 * assessment, and a head of office (director, of the head-of-office group); each password is the id + "-secret".
 */
@Component
class DocumentFixture {

	private final SeedScenario seed;
	private final AssessmentService assessments;
	private final CleanSlate cleanSlate;

	DocumentFixture(SeedScenario seed, AssessmentService assessments, CleanSlate cleanSlate) {
		this.seed = seed;
		this.assessments = assessments;
		this.cleanSlate = cleanSlate;
	}

	void seedPlanAndAssessment() throws IOException {
		seed.seedPlanWithTwoGroupsAndAManager();
		cleanSlate.user("director", "head", "หัวหน้าส่วนราชการ");
		assessments.importYaml(new ClassPathResource("assessments/ita-2566-ranong.yaml").getContentAsString(StandardCharsets.UTF_8));
	}
}
