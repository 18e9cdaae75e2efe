package th.go.ita.measuretracker.status;

import java.time.LocalDateTime;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.plan.PlanImportService;
import th.go.ita.measuretracker.report.ReportRounds;
import th.go.ita.measuretracker.support.Actor;
import th.go.ita.measuretracker.support.CleanSlate;
import th.go.ita.measuretracker.support.EngineClock;
import th.go.ita.measuretracker.workflow.MeasureProcess;

/**
 * A fiscal year 2567 with a measure in every state on 20 May 2024: overdue, report missing, at risk, on track, done
 * and cancelled — one of them (on track) belonging to another group, and one title carrying markup. The cancelled
 * one continued a measure of 2566, which is therefore carried over (in 2566).
 */
@Component
class StatusFixture {

	static final String PLAN = """
			fiscalYear: 2567
			organisation: สำนักงานทดสอบสถานะ
			groups:
			  - id: finance
			    name: กลุ่มบริหารงานการเงินและสินทรัพย์
			measures:
			  - code: S1
			    title: เผยแพร่ข้อมูลสาธารณะ
			    indicators: [9]
			    responsibleGroup: directorate
			    deadline: 2567-05-10
			    reportingQuarters: [3]
			    steps:
			      - text: ขั้นที่หนึ่ง
			  - code: S2
			    title: รายงานที่ยังไม่ส่ง
			    indicators: [10]
			    responsibleGroup: directorate
			    deadline: 2567-09-30
			    reportingQuarters: [2]
			    steps:
			      - text: ขั้นที่หนึ่ง
			  - code: S3
			    title: ใกล้ครบกำหนด
			    indicators: [9, 10]
			    responsibleGroup: directorate
			    deadline: 2567-06-10
			    reportingQuarters: [3]
			    steps:
			      - text: ขั้นที่หนึ่ง
			  - code: S4
			    title: "<script>alert('x')</script> ตามแผนของกลุ่มการเงิน"
			    indicators: [7]
			    responsibleGroup: finance
			    deadline: 2567-09-30
			    reportingQuarters: [4]
			    steps:
			      - text: ขั้นที่หนึ่ง
			      - text: ขั้นที่สอง
			  - code: S5
			    title: แล้วเสร็จแล้ว
			    indicators: [9]
			    responsibleGroup: directorate
			    deadline: 2567-07-31
			    reportingQuarters: [4]
			    steps:
			      - text: ขั้นเดียว
			  - code: S6
			    title: ยกมาจากปีก่อนแล้วยกเลิก
			    indicators: [3]
			    responsibleGroup: directorate
			    deadline: 2567-08-31
			    reportingQuarters: [4]
			    carriedOverFrom: FY2566-C1
			    steps:
			      - text: ขั้นที่ยังไม่เสร็จ
			""";

	/** Last year's plan, whose one measure 2567's S6 carries over. */
	static final String PLAN_2566 = """
			fiscalYear: 2566
			organisation: สำนักงานทดสอบสถานะ
			measures:
			  - code: C1
			    title: มาตรการที่ยกไปปีถัดไป
			    indicators: [3]
			    responsibleGroup: directorate
			    deadline: 2566-08-31
			    reportingQuarters: [4]
			    steps:
			      - text: ขั้นที่ยังไม่เสร็จ
			""";

	private final CleanSlate cleanSlate;
	private final PlanImportService importer;
	private final ReportRounds rounds;
	private final EngineClock clock;
	private final TaskService tasks;
	private final Actor actor;

	StatusFixture(CleanSlate cleanSlate, PlanImportService importer, ReportRounds rounds, EngineClock clock,
			TaskService tasks, Actor actor) {
		this.cleanSlate = cleanSlate;
		this.importer = importer;
		this.rounds = rounds;
		this.clock = clock;
		this.tasks = tasks;
		this.actor = actor;
	}

	void measuresInEveryState() {
		cleanSlate.reset();
		cleanSlate.user("somchai", "directorate", "กลุ่มอำนวยการ");
		cleanSlate.user("sudamanager", "managers", "ผู้บริหาร");
		clock.set(LocalDateTime.of(2023, 3, 1, 9, 0));
		importer.importYaml(PLAN_2566, "admin");
		clock.set(LocalDateTime.of(2024, 3, 1, 9, 0));
		importer.importYaml(PLAN, "admin");
		importer.importYaml(PLAN.replace("    carriedOverFrom: FY2566-C1\n", "    carriedOverFrom: FY2566-C1\n    cancelled: ไม่ต้องทำแล้ว\n"),
				"admin", new PlanImportService.Amendment("ผู้อำนวยการอนุมัติยกเลิก", null));
		cleanSlate.user("wichai", "finance", "กลุ่มบริหารงานการเงินและสินทรัพย์");
		clock.set(LocalDateTime.of(2024, 4, 2, 9, 0));
		rounds.open(2567, 2);
		clock.set(LocalDateTime.of(2024, 5, 20, 9, 0));
		actor.complete("somchai", tasks.createTaskQuery().processInstanceBusinessKey("FY2567-S5").singleResult().getId(),
				Map.of(MeasureProcess.WHAT_DONE, "เสร็จแล้ว", MeasureProcess.DATE_DONE, "2024-05-20"));
	}
}
