package th.go.ita.measuretracker.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.go.ita.measuretracker.intake.FileError;
import th.go.ita.measuretracker.plan.PlanDifference.Change;
import th.go.ita.measuretracker.plan.PlanImportService.Amendment;
import th.go.ita.measuretracker.support.Actor;
import th.go.ita.measuretracker.support.EngineClock;
import th.go.ita.measuretracker.support.ProcessFixture;
import th.go.ita.measuretracker.workflow.MeasureProcess;

/**
 * Each kind of amendment, applied to running measures and walked with the engine clock: what the group sees in
 * Tasklist, when its reminders go out, what the status view counts. Run on H2 and on PostgreSQL by the subclasses.
 * Fiscal year 2570 runs from 1 October 2026 to 30 September 2027; the plan is imported on 1 April 2027.
 */
abstract class PlanAmendmentScenarios {

	static final String PLAN = """
			fiscalYear: 2570
			organisation: สำนักงานทดสอบการแก้ไขแผน
			measures:
			  - code: M1
			    title: มาตรการเปิดเผยข้อมูลสาธารณะ
			    indicators: [9]
			    responsibleGroup: directorate
			    deadline: 2570-06-30
			    reportingQuarters: [3]
			    steps:
			      - text: รวบรวมข้อมูลที่ต้องเปิดเผย
			      - text: เผยแพร่ข้อมูลบนเว็บไซต์
			  - code: M2
			    title: มาตรการป้องกันการรับสินบน
			    indicators: [10]
			    responsibleGroup: directorate
			    deadline: 2570-08-31
			    reportingQuarters: [4]
			    stepOrder: parallel
			    steps:
			      - text: ประกาศนโยบาย No Gift Policy
			      - text: อบรมเจ้าหน้าที่
			""";

	static final List<String> GROUP = List.of("somchai@example.test", "malee@example.test");

	@Autowired PlanImportService importer;
	@Autowired MeasureQueries measures;
	@Autowired PlanHistory history;
	@Autowired ProcessFixture fixture;
	@Autowired EngineClock clock;
	@Autowired TaskService tasks;
	@Autowired RuntimeService runtime;
	@Autowired ManagementService management;
	@Autowired JdbcClient jdbc;
	@Autowired Actor actor;
	@Autowired YearEnd yearEnd;
	@Autowired th.go.ita.measuretracker.report.ReportRounds reportRounds;
	@Autowired PlanFiles files;

	@BeforeEach
	void thePlanImportedOn1April2027() {
		fixture.freshStart();
		clock.set(LocalDateTime.of(2027, 4, 1, 9, 0));
		ImportResult imported = importer.importYaml(PLAN, "admin");
		assertThat(imported.outcome()).isEqualTo(ImportResult.Outcome.IMPORTED);
	}

	@Test
	void theDeadlineMovedAndAStepRenamedReachTheOpenTaskItsRemindersAndTheStatusView() {
		String amended = PLAN.replace("deadline: 2570-06-30", "deadline: 2570-08-31")
			.replace("รวบรวมข้อมูลที่ต้องเปิดเผย", "รวบรวมและจัดหมวดหมู่ข้อมูลที่ต้องเปิดเผย");

		ImportResult result = amend(amended, "ผู้อำนวยการอนุมัติขยายเวลา หนังสือที่ 12/2570");

		assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.AMENDED);
		assertThat(result.version()).isEqualTo(2);
		Task task = openTask("FY2570-M1");
		assertThat(task.getName()).isEqualTo("รวบรวมและจัดหมวดหมู่ข้อมูลที่ต้องเปิดเผย");
		assertThat(task.getDueDate()).isEqualTo(EngineClock.at(LocalDateTime.of(2027, 8, 31, 16, 30)));
		assertThat(reminderTimers("FY2570-M1")).contains(EngineClock.at(LocalDateTime.of(2027, 8, 24, 8, 30)),
				EngineClock.at(LocalDateTime.of(2027, 8, 31, 8, 30)))
			.doesNotContain(EngineClock.at(LocalDateTime.of(2027, 6, 23, 8, 30)),
					EngineClock.at(LocalDateTime.of(2027, 6, 30, 8, 30)));
		MeasureView m1 = measures.find("FY2570-M1").orElseThrow();
		assertThat(m1.deadline()).isEqualTo("2027-08-31");
		assertThat(m1.steps()).extracting(MeasureView.StepView::dueDate).containsOnly(java.time.LocalDate.of(2027, 8, 31));
		assertThat(statusDeadline("FY2570-M1")).isEqualTo("2027-08-31");
		assertThat(history.amendmentsOf("FY2570-M1")).singleElement().satisfies(version -> {
			assertThat(version.reason()).isEqualTo("ผู้อำนวยการอนุมัติขยายเวลา หนังสือที่ 12/2570");
			assertThat(version.createdBy()).isEqualTo("admin");
			assertThat(version.changes()).extracting(PlanHistory.ChangeView::kind, PlanHistory.ChangeView::field,
					PlanHistory.ChangeView::from, PlanHistory.ChangeView::to)
				.contains(org.assertj.core.groups.Tuple.tuple("CHANGED", "deadline", "2570-06-30", "2570-08-31"),
						org.assertj.core.groups.Tuple.tuple("STEP_CHANGED", "text", "รวบรวมข้อมูลที่ต้องเปิดเผย",
								"รวบรวมและจัดหมวดหมู่ข้อมูลที่ต้องเปิดเผย"));
		});
		assertThat(history.amendmentsOf("FY2570-M2")).as("M2 did not change").isEmpty();
		assertThat(importer.importYaml(amended, "admin").outcome()).as("the same plan again")
			.isEqualTo(ImportResult.Outcome.UNCHANGED);
	}

	@Test
	void afterTheDeadlineMovesLaterNoReminderFiresForTheOldDateAndTheNextFiresForTheNewOne() {
		clock.advanceTo(LocalDateTime.of(2027, 6, 23, 8, 30));
		assertThat(mailsOf("FIRST_BEFORE_DUE", "FY2570-M1")).as("the first reminder for 30 June").hasSize(2);

		amend(PLAN.replace("deadline: 2570-06-30", "deadline: 2570-08-31"), "ขยายเวลา");

		clock.advanceTo(LocalDateTime.of(2027, 8, 24, 8, 29));
		assertThat(kinds("FY2570-M1")).as("nothing for the old date: 29 and 30 June, the overdue rounds, the escalation")
			.containsExactly("FIRST_BEFORE_DUE");
		assertThat(mailsOf("FIRST_BEFORE_DUE", "FY2570-M1")).hasSize(2);
		clock.advanceTo(LocalDateTime.of(2027, 8, 24, 8, 30));
		assertThat(mailsOf("FIRST_BEFORE_DUE", "FY2570-M1")).as("the first reminder for 31 August, though one went out"
				+ " for June").hasSize(4);
		clock.advanceTo(LocalDateTime.of(2027, 8, 30, 8, 30));
		clock.advanceTo(LocalDateTime.of(2027, 8, 31, 8, 30));
		assertThat(kinds("FY2570-M1")).containsExactly("FIRST_BEFORE_DUE", "SECOND_BEFORE_DUE", "ON_DUE");
	}

	@Test
	void afterTheDeadlineMovesEarlierTheRemindersAlreadyDueFireOnceAndTheOthersOnTheNewDates() {
		clock.advanceTo(LocalDateTime.of(2027, 6, 1, 10, 0));
		assertThat(kinds("FY2570-M1")).isEmpty();
		amend(PLAN.replace("deadline: 2570-06-30", "deadline: 2570-06-05"), "เร่งให้เสร็จก่อนการประเมิน");
		assertThat(kinds("FY2570-M1")).as("the amendment itself sends nothing").isEmpty();

		clock.runDueJobs();
		clock.runDueJobs();
		assertThat(mailsOf("FIRST_BEFORE_DUE", "FY2570-M1")).as("29 May has passed: its reminder once, to each of the group")
			.containsExactlyInAnyOrderElementsOf(GROUP);

		clock.advanceTo(LocalDateTime.of(2027, 6, 4, 8, 30));
		clock.advanceTo(LocalDateTime.of(2027, 6, 5, 8, 30));
		assertThat(kinds("FY2570-M1")).containsExactly("FIRST_BEFORE_DUE", "SECOND_BEFORE_DUE", "ON_DUE");
		assertThat(mailsOf("FIRST_BEFORE_DUE", "FY2570-M1")).hasSize(2);
	}

	@Test
	void aDeadlineMovedLongPastEscalatesOnceAtOnce() {
		clock.advanceTo(LocalDateTime.of(2027, 6, 1, 10, 0));
		amend(PLAN.replace("deadline: 2570-06-30", "deadline: 2570-05-10"), "ต้องเสร็จก่อนตรวจประเมิน");

		clock.runDueJobs();
		clock.runDueJobs();

		assertThat(mailsOf("ESCALATION", "FY2570-M1")).as("10 May + 14 days has passed: the managers are told once")
			.containsExactly("sudamanager@example.test");
		assertThat(kinds("FY2570-M1")).as("the reminders before the date are past their use").containsExactly("ESCALATION");
		clock.advanceTo(LocalDateTime.of(2027, 6, 8, 8, 30));
		assertThat(mailsOf("OVERDUE", "FY2570-M1")).as("the overdue rounds count from the new date").hasSize(2);
		assertThat(mailsOf("ESCALATION", "FY2570-M1")).hasSize(1);
	}

	@Test
	void aStepAddedToAMeasureInOrderRunsInTurn() {
		amend(PLAN.replace("      - text: เผยแพร่ข้อมูลบนเว็บไซต์\n",
				"      - text: เผยแพร่ข้อมูลบนเว็บไซต์\n      - text: รายงานผลต่อผู้บริหาร\n        due: 2570-06-15\n"),
				"เพิ่มขั้นตอนรายงานผล");
		assertThat(measures.find("FY2570-M1").orElseThrow().stepsTotal()).isEqualTo(3);
		assertThat(statusSteps("FY2570-M1")).isEqualTo(3);

		complete(openTask("FY2570-M1"));
		complete(openTask("FY2570-M1"));
		Task added = openTask("FY2570-M1");
		assertThat(added.getName()).isEqualTo("รายงานผลต่อผู้บริหาร");
		assertThat(added.getDueDate()).isEqualTo(EngineClock.at(LocalDateTime.of(2027, 6, 15, 16, 30)));
		complete(added);

		assertThat(measures.find("FY2570-M1").orElseThrow().status()).isEqualTo("COMPLETED");
	}

	@Test
	void aStepAddedToAMeasureWithStepsAtOnceStartsAtOnce() {
		amend(PLAN.replace("      - text: อบรมเจ้าหน้าที่\n", "      - text: อบรมเจ้าหน้าที่\n      - text: ติดตามผลการอบรม\n"),
				"เพิ่มการติดตามผล");

		assertThat(tasks.createTaskQuery().processInstanceBusinessKey("FY2570-M2").list()).extracting(Task::getName)
			.containsExactlyInAnyOrder("ประกาศนโยบาย No Gift Policy", "อบรมเจ้าหน้าที่", "ติดตามผลการอบรม");
		for (Task task : tasks.createTaskQuery().processInstanceBusinessKey("FY2570-M2").list()) {
			complete(task);
		}
		assertThat(measures.find("FY2570-M2").orElseThrow()).satisfies(m2 -> {
			assertThat(m2.status()).as("done once all three are").isEqualTo("COMPLETED");
			assertThat(m2.stepsDone()).isEqualTo(3);
		});
	}

	@Test
	void aStepNotYetStartedIsRemovedAndTheMeasureEndsWithoutIt() {
		amend(PLAN.replace("      - text: เผยแพร่ข้อมูลบนเว็บไซต์\n", ""), "รวมขั้นตอนเผยแพร่ไว้ในมาตรการอื่น");

		assertThat(measures.find("FY2570-M1").orElseThrow().steps()).extracting(MeasureView.StepView::text)
			.containsExactly("รวบรวมข้อมูลที่ต้องเปิดเผย");
		assertThat(jdbc.sql("select status from step where text = 'เผยแพร่ข้อมูลบนเว็บไซต์'").query(String.class).single())
			.as("kept, out of the plan").isEqualTo("REMOVED");
		complete(openTask("FY2570-M1"));

		assertThat(measures.find("FY2570-M1").orElseThrow().status()).isEqualTo("COMPLETED");
		assertThat(tasks.createTaskQuery().processInstanceBusinessKey("FY2570-M1").count()).isZero();
	}

	@Test
	void aCancelledMeasureEndsItsProcessKeepsItsRecordAndShowsAsCancelled() {
		reportRounds.open(2570, 4);
		assertThat(tasks.createTaskQuery().processInstanceBusinessKey("FY2570-M2")
			.taskDefinitionKey("Task_SubmitQuarterlyReport").count()).as("its fourth-quarter report waits").isOne();

		amend(PLAN.replace("    stepOrder: parallel\n", "    stepOrder: parallel\n    cancelled: ยุบรวมกับมาตรการของจังหวัด\n"),
				"ผู้อำนวยการอนุมัติยกเลิก");

		MeasureView m2 = measures.find("FY2570-M2").orElseThrow();
		assertThat(m2.status()).isEqualTo("CANCELLED");
		assertThat(m2.closedReason()).isEqualTo("ยุบรวมกับมาตรการของจังหวัด");
		assertThat(m2.closedBy()).isEqualTo("admin");
		assertThat(m2.steps()).hasSize(2);
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("FY2570-M2").count()).isZero();
		assertThat(tasks.createTaskQuery().processInstanceBusinessKey("FY2570-M2").count())
			.as("neither its steps nor its report wait").isZero();
		assertThat(jdbc.sql("select closed_as from measure_status where business_key = 'FY2570-M2'").query(String.class)
			.single()).isEqualTo("CANCELLED");
		clock.advanceTo(LocalDateTime.of(2027, 9, 30, 9, 0));
		assertThat(jdbc.sql("select count(*) from mail_outbox where measure_id = ?").param(m2.id()).query(Long.class)
			.single()).as("no reminder for a cancelled measure").isZero();
	}

	@Test
	void aStepGivenToAnotherGroupMovesItsOpenTaskThereAndOutOfTheOldGroupsSight() {
		Task task = openTask("FY2570-M1");
		tasks.claim(task.getId(), "somchai");

		amend(PLAN.replace("      - text: รวบรวมข้อมูลที่ต้องเปิดเผย\n", "      - text: รวบรวมข้อมูลที่ต้องเปิดเผย\n        group: finance\n"),
				"โอนงานให้กลุ่มการเงิน");

		Task moved = tasks.createTaskQuery().taskId(task.getId()).singleResult();
		assertThat(moved.getAssignee()).as("the old group's claim ends").isNull();
		assertThat(tasks.getIdentityLinksForTask(task.getId())).extracting(org.camunda.bpm.engine.task.IdentityLink::getGroupId)
			.containsExactly("finance");
		assertThat(jdbc.sql("select count(*) from act_ru_authorization where resource_id_ = ? and group_id_ = 'directorate'")
			.param(task.getId()).query(Long.class).single()).as("the old group may no longer see it").isZero();
		actor.complete("wichai", task.getId(), Map.of(MeasureProcess.WHAT_DONE, "ตรวจแล้ว", MeasureProcess.DATE_DONE,
				clockDay()));
		assertThat(openTask("FY2570-M1").getName()).isEqualTo("เผยแพร่ข้อมูลบนเว็บไซต์");
	}

	@Test
	void aNewMeasureIsStarted() {
		ImportResult result = amend(PLAN + """
				  - code: M3
				    title: มาตรการเพิ่มช่องทางร้องเรียน
				    indicators: [9]
				    responsibleGroup: directorate
				    deadline: 2570-09-15
				    reportingQuarters: [4]
				    steps:
				      - text: เปิดช่องทางร้องเรียนออนไลน์
				""", "ข้อเสนอจากผลการประเมินรอบกลางปี");

		assertThat(result.started()).containsExactly("FY2570-M3");
		assertThat(openTask("FY2570-M3").getName()).isEqualTo("เปิดช่องทางร้องเรียนออนไลน์");
		assertThat(history.amendmentsOf("FY2570-M3")).singleElement()
			.satisfies(version -> assertThat(version.changes()).extracting(PlanHistory.ChangeView::kind).containsExactly("ADDED"));
	}

	@Test
	void changingACompletedStepIsRefusedNamingItAndNothingChanges() {
		Task first = openTask("FY2570-M1");
		complete(first);
		String before = snapshot();

		assertThatThrownBy(() -> amend(PLAN.replace("รวบรวมข้อมูลที่ต้องเปิดเผย", "รวบรวมข้อมูลใหม่")
			.replace("deadline: 2570-08-31", "deadline: 2570-09-15"), "แก้ไขข้อความ"))
			.isInstanceOfSatisfying(PlanRejectedException.class, ex -> assertThat(ex.errors()).singleElement()
				.satisfies(error -> {
					assertThat(error.line()).isEqualTo(11);
					assertThat(error.message()).isEqualTo("ขั้นตอนที่ 1 ของ FY2570-M1 ดำเนินการแล้วเสร็จ แก้ไขไม่ได้: ข้อความขั้นตอน");
				}));

		assertThat(snapshot()).as("not even the other measure's new deadline").isEqualTo(before);
	}

	@Test
	void removingAStartedStepOrCancellingACompletedMeasureIsRefused() {
		assertThatThrownBy(() -> amend(PLAN.replace("      - text: รวบรวมข้อมูลที่ต้องเปิดเผย\n", ""), "ตัดขั้นตอน"))
			.isInstanceOfSatisfying(PlanRejectedException.class, ex -> assertThat(ex.errors()).extracting(FileError::message)
				.singleElement().isEqualTo("ขั้นตอนที่ 1 ของ FY2570-M1 \"รวบรวมข้อมูลที่ต้องเปิดเผย\" เริ่มดำเนินการแล้ว"
						+ " นำออกจากแผนไม่ได้"));

		for (Task task : tasks.createTaskQuery().processInstanceBusinessKey("FY2570-M2").list()) {
			complete(task);
		}
		String before = snapshot();
		assertThatThrownBy(() -> amend(PLAN.replace("    stepOrder: parallel\n", "    stepOrder: parallel\n    cancelled: ไม่ทำแล้ว\n"),
				"ยกเลิก"))
			.isInstanceOfSatisfying(PlanRejectedException.class, ex -> assertThat(ex.errors()).extracting(FileError::message)
				.singleElement().isEqualTo("มาตรการ FY2570-M2 ดำเนินการแล้วเสร็จ แก้ไขหรือยกเลิกไม่ได้: ยกเลิก"));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void aChangedPlanWithoutAReasonChangesNothingAndSaysWhatDiffers() {
		String before = snapshot();

		assertThatThrownBy(() -> importer.importYaml(PLAN.replace("deadline: 2570-06-30", "deadline: 2570-08-31"), "admin"))
			.isInstanceOfSatisfying(PlanAmendmentRequiredException.class, ex -> {
				assertThat(ex.getBaseVersion()).isEqualTo(1);
				assertThat(ex.getDifference().measures()).singleElement().satisfies(m1 -> {
					assertThat(m1.change()).isEqualTo(Change.CHANGED);
					assertThat(m1.fields()).containsExactly(new PlanDifference.FieldChange("deadline", "2570-06-30", "2570-08-31"));
					assertThat(m1.steps()).extracting(PlanDifference.StepDifference::number).containsExactly(1, 2);
				});
			});

		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void thePreviewShowsTheDifferenceAndChangesNothing() {
		String before = snapshot();

		PlanPreview preview = importer.previewYaml(PLAN.replace("deadline: 2570-06-30", "deadline: 2570-08-31")
			.replace("      - text: อบรมเจ้าหน้าที่\n", "")
			.replace("    stepOrder: parallel\n", "    stepOrder: parallel\n    cancelled: ไม่ทำแล้ว\n"));

		assertThat(preview.outcome()).isEqualTo(PlanPreview.Outcome.CHANGED);
		assertThat(preview.difference().measures()).extracting(PlanDifference.MeasureDifference::businessKey,
				PlanDifference.MeasureDifference::change)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("FY2570-M1", Change.CHANGED),
					org.assertj.core.groups.Tuple.tuple("FY2570-M2", Change.CANCELLED));
		assertThat(preview.refusals()).as("a measure is cancelled as it stands").singleElement()
			.satisfies(error -> assertThat(error.field()).isEqualTo("measures[2].cancelled"));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void anOpenMeasureLeftOutOfThePlanIsRefusedNotDropped() {
		String withoutM2 = PLAN.substring(0, PLAN.indexOf("  - code: M2"));

		assertThatThrownBy(() -> amend(withoutM2, "ตัดมาตรการ"))
			.isInstanceOfSatisfying(PlanRejectedException.class, ex -> assertThat(ex.errors()).singleElement()
				.satisfies(error -> assertThat(error.message()).startsWith("มาตรการ FY2570-M2 ยังดำเนินการอยู่แต่ไม่อยู่ในแผนที่ส่งมา")));
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("FY2570-M2").count()).isPositive();
	}

	@Test
	void atYearEndAnOpenMeasureIsCarriedOverToADraftOfNextYearsPlanAndClosedWhenTheDraftIsImported() {
		complete(openTask("FY2570-M1"));
		assertThat(yearEnd.openMeasuresOfEndedYears()).as("2570 has not ended").isEmpty();
		assertThat(yearEnd.draft(2570, "สำนักงานทดสอบการแก้ไขแผน", List.of("FY2570-M1"))).isEmpty();
		clock.set(LocalDateTime.of(2027, 10, 2, 9, 0));

		assertThat(yearEnd.openMeasuresOfEndedYears()).singleElement().satisfies(ended -> {
			assertThat(ended.fiscalYear()).isEqualTo(2570);
			assertThat(ended.open()).extracting(PlanRepository.MeasureRow::businessKey).containsExactly("FY2570-M1", "FY2570-M2");
		});
		YearEnd.Draft draft = yearEnd.draft(2570, "สำนักงานทดสอบการแก้ไขแผน", List.of("FY2570-M1")).orElseThrow();
		String yaml = files.yaml(draft.fiscalYear(), draft.organisation(), draft.measures());
		assertThat(yaml).contains("fiscalYear: 2571", "carriedOverFrom: \"FY2570-M1\"", "deadline: 2571-06-30",
				"เผยแพร่ข้อมูลบนเว็บไซต์").doesNotContain("รวบรวมข้อมูลที่ต้องเปิดเผย", "M2");
		assertThat(jdbc.sql("select status from measure where business_key = 'FY2570-M1'").query(String.class).single())
			.as("a draft changes nothing").isEqualTo("OPEN");

		ImportResult imported = importer.importYaml(yaml, "admin");

		assertThat(imported.started()).containsExactly("FY2571-M1");
		MeasureView old = measures.find("FY2570-M1").orElseThrow();
		assertThat(old.status()).isEqualTo("CARRIED_OVER");
		assertThat(old.carriedOverTo()).isEqualTo("FY2571-M1");
		assertThat(old.closedReason()).isEqualTo("ยกไปดำเนินการต่อใน FY2571-M1");
		assertThat(measures.find("FY2571-M1").orElseThrow().carriedOverFrom()).isEqualTo("FY2570-M1");
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("FY2570-M1").count()).isZero();
		assertThat(openTask("FY2571-M1").getName()).isEqualTo("เผยแพร่ข้อมูลบนเว็บไซต์");
		assertThat(jdbc.sql("select closed_as from measure_status where business_key = 'FY2570-M1'").query(String.class)
			.single()).isEqualTo("CARRIED_OVER");
		assertThat(yearEnd.openMeasuresOfEndedYears()).singleElement()
			.satisfies(ended -> assertThat(ended.open()).extracting(PlanRepository.MeasureRow::businessKey)
				.containsExactly("FY2570-M2"));
		assertThat(importer.importYaml(yaml, "admin").outcome()).as("the draft again").isEqualTo(ImportResult.Outcome.UNCHANGED);
		assertThat(importer.importYaml(PLAN, "admin").outcome()).as("the old plan without its carried-over measure")
			.isEqualTo(ImportResult.Outcome.UNCHANGED);
	}

	@Test
	void onlyAnOpenMeasureOfThisOfficesEndedYearIsCarriedOver() {
		String carrying = """
				fiscalYear: 2571
				organisation: %s
				measures:
				  - code: N1
				    title: มาตรการต่อเนื่อง
				    indicators: [9]
				    responsibleGroup: directorate
				    deadline: 2571-06-30
				    reportingQuarters: [3]
				    carriedOverFrom: FY2570-M1
				    steps:
				      - text: ดำเนินการต่อ
				""";

		assertThatThrownBy(() -> importer.importYaml(carrying.formatted("สำนักงานทดสอบการแก้ไขแผน"), "admin"))
			.as("2570 has not ended").isInstanceOfSatisfying(PlanRejectedException.class,
					ex -> assertThat(ex.errors().get(0).message()).contains("ปีงบประมาณ 2570 ยังไม่สิ้นสุด (สิ้นสุด 30 ก.ย. 2570)"));
		clock.set(LocalDateTime.of(2027, 10, 2, 9, 0));
		assertThatThrownBy(() -> importer.importYaml(carrying.formatted("สำนักงานอื่น"), "admin"))
			.isInstanceOfSatisfying(PlanRejectedException.class,
					ex -> assertThat(ex.errors().get(0).message()).isEqualTo("ไม่พบมาตรการ FY2570-M1 ในแผนของหน่วยงานนี้"));
		assertThat(measures.find("FY2570-M1").orElseThrow().status()).isEqualTo("OPEN");
		assertThat(jdbc.sql("select count(*) from plan where fiscal_year = 2571").query(Long.class).single()).isZero();
	}

	private ImportResult amend(String yaml, String reason) {
		return importer.importYaml(yaml, "admin", new Amendment(reason, null));
	}

	private Task openTask(String businessKey) {
		return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
	}

	private void complete(Task task) {
		actor.complete("somchai", task.getId(), Map.of(MeasureProcess.WHAT_DONE, "ดำเนินการแล้ว", MeasureProcess.DATE_DONE,
				clockDay()));
	}

	private String clockDay() {
		return th.go.ita.measuretracker.fiscal.OfficeTime.today().toString();
	}

	/** The due dates of the reminder timers beside a measure's open step. */
	private List<java.util.Date> reminderTimers(String businessKey) {
		Task task = openTask(businessKey);
		ProcessInstance step = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
		ProcessInstance reminders = fixture.called(step, "GroupTaskReminders").get(0);
		return management.createJobQuery().processInstanceId(reminders.getId()).timers().list().stream()
			.map(Job::getDuedate).toList();
	}

	/** The recipients of one kind of reminder about a measure, in the order they were queued. */
	private List<String> mailsOf(String kind, String businessKey) {
		return jdbc.sql("select o.recipient from mail_outbox o join measure m on m.id = o.measure_id"
				+ " where o.kind = ? and m.business_key = ? order by o.id")
			.params(kind, businessKey).query(String.class).list();
	}

	/** The kinds of reminder queued about a measure so far, once each, in the order they first went out. */
	private List<String> kinds(String businessKey) {
		return jdbc.sql("select o.kind from mail_outbox o join measure m on m.id = o.measure_id where m.business_key = ?"
				+ " order by o.id").param(businessKey).query(String.class).list().stream().distinct().toList();
	}

	private String statusDeadline(String businessKey) {
		return jdbc.sql("select deadline from measure_status where business_key = ?").param(businessKey)
			.query(java.time.LocalDate.class).single().toString();
	}

	private int statusSteps(String businessKey) {
		return jdbc.sql("select steps_total from measure_status where business_key = ?").param(businessKey)
			.query(Integer.class).single();
	}

	/** Everything an amendment could touch: our rows, the read model, the engine's tasks, variables and timers. */
	private String snapshot() {
		return String.join("\n", jdbc.sql("select concat(code, '|', title, '|', deadline, '|', status) from measure order by id")
			.query(String.class).list()) + "\n"
				+ String.join("\n", jdbc.sql("select concat(text, '|', due_date, '|', status, '|', group_id) from step order by id")
					.query(String.class).list()) + "\n"
				+ String.join("\n", jdbc.sql("select concat(business_key, '|', deadline, '|', steps_total, '|', coalesce(closed_as, '-'))"
						+ " from measure_status order by business_key").query(String.class).list()) + "\n"
				+ jdbc.sql("select count(*) from plan_version").query(Long.class).single() + "\n"
				+ tasks.createTaskQuery().orderByTaskName().asc().list().stream()
					.map(t -> t.getName() + "|" + t.getDueDate()).toList() + "\n"
				+ management.createJobQuery().orderByJobDuedate().asc().list().stream()
					.map(j -> j.getProcessInstanceId() + "|" + j.getDuedate()).toList() + "\n"
				+ runtime.createProcessInstanceQuery().count();
	}
}
