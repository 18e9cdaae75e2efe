package th.go.ita.measuretracker.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.assessment.AssessmentService;
import th.go.ita.measuretracker.report.ReportRounds;
import th.go.ita.measuretracker.support.Actor;
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
	private final TaskService tasks;
	private final Actor actor;
	private final ReportRounds rounds;

	DocumentFixture(SeedScenario seed, AssessmentService assessments, CleanSlate cleanSlate, TaskService tasks, Actor actor,
			ReportRounds rounds) {
		this.seed = seed;
		this.assessments = assessments;
		this.cleanSlate = cleanSlate;
		this.tasks = tasks;
		this.actor = actor;
		this.rounds = rounds;
	}

	void seedPlanAndAssessment() throws IOException {
		seed.seedPlanWithTwoGroupsAndAManager();
		cleanSlate.user("director", "head", "หัวหน้าส่วนราชการ");
		assessments.importYaml(new ClassPathResource("assessments/ita-2566-ranong.yaml").getContentAsString(StandardCharsets.UTF_8));
	}

	/** somchai (กลุ่มอำนวยการ) completes the measure's open step, done on the given ISO (C.E.) day. */
	void completeStep(String businessKey, String dateDone) {
		String task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult().getId();
		actor.complete("somchai", task, Map.of("whatDone", "ดำเนินการตามขั้นตอนแล้ว", "dateDone", dateDone));
	}

	/** Quarter 3's reports opened; somchai reports on M1, the manager approves (the seed measures report in Q3). */
	void approvedQ3ReportOnM1(String narrative, String evidenceLinks) {
		approvedQ3Report("FY2567-M1", narrative, evidenceLinks);
	}

	/** Quarter 3's reports opened (once); somchai reports on the measure, the manager approves. */
	void approvedQ3Report(String measure, String narrative, String evidenceLinks) {
		rounds.open(2567, 3);
		actor.complete("somchai", tasks.createTaskQuery().taskDefinitionKey("Task_SubmitQuarterlyReport")
			.processInstanceBusinessKey(measure).singleResult().getId(),
				Map.of("progressPercent", 50, "narrative", narrative, "problems", "บุคลากรมีภาระงานมาก",
						"nextSteps", "จัดอบรมเพิ่มเติมในไตรมาสที่ 4", "evidenceLinks", evidenceLinks));
		actor.complete("sudamanager", tasks.createTaskQuery().taskDefinitionKey("Task_ReviewQuarterlyReport")
			.processInstanceBusinessKey(measure).singleResult().getId(),
				Map.of("reviewDecision", "APPROVE", "reviewComment", "ความเห็นภายใน: ตรวจแล้วเรียบร้อย"));
	}
}
