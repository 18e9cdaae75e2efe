package th.go.ita.measuretracker.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import th.go.ita.measuretracker.fiscal.OfficeTime;
import th.go.ita.measuretracker.plan.PlanImportService;
import th.go.ita.measuretracker.support.Actor;
import th.go.ita.measuretracker.support.AppTest;
import th.go.ita.measuretracker.support.CleanSlate;
import th.go.ita.measuretracker.support.EngineClock;
import th.go.ita.measuretracker.support.Mails;
import th.go.ita.measuretracker.support.TestSmtp;
import th.go.ita.measuretracker.workflow.MeasureProcess;

/** Reminders as the groups receive them, through a real SMTP server (GreenMail), timers driven by Camunda's clock. */
@AppTest
@ContextConfiguration(initializers = TestSmtp.class)
class ReminderMailTests {

	@RegisterExtension
	static GreenMailExtension smtp = TestSmtp.server();

	static final String ONE_STEP_PLAN = """
			fiscalYear: 2567
			organisation: สำนักงานทดสอบการแจ้งเตือน
			measures:
			  - code: R1
			    title: มาตรการทดสอบการแจ้งเตือน
			    indicators: [9]
			    responsibleGroup: directorate
			    deadline: 2567-05-31
			    reportingQuarters: [3]
			    steps:
			      - text: เผยแพร่ช่องทางร้องเรียนบนเว็บไซต์
			""";

	@Autowired PlanImportService importer;
	@Autowired OutboxSender sender;
	@Autowired EngineClock clock;
	@Autowired TaskService tasks;
	@Autowired RuntimeService runtime;
	@Autowired ManagementService management;
	@Autowired CleanSlate cleanSlate;
	@Autowired Actor actor;
	@Autowired JdbcClient jdbc;

	@BeforeEach
	void groupsAndAPlanImportedOnFirstApril2024() throws Exception {
		if (!smtp.isRunning()) {
			smtp.start();
		}
		smtp.purgeEmailFromAllMailboxes();
		cleanSlate.reset();
		jdbc.sql("delete from mail_outbox").update();
		cleanSlate.user("somchai", "directorate", "กลุ่มอำนวยการ");
		cleanSlate.user("malee", "directorate", "กลุ่มอำนวยการ");
		cleanSlate.user("wichai", "finance", "กลุ่มบริหารงานการเงินและสินทรัพย์");
		cleanSlate.user("sudamanager", "managers", "ผู้บริหาร");
		clock.set(LocalDateTime.of(2024, 4, 1, 9, 0));
	}

	@Test
	void everyMemberOfTheGroupGetsTheFirstReminderInThaiWithTheTasklistLink() throws Exception {
		importer.importYaml(seedPlan(), "admin");
		String taskId = tasks.createTaskQuery().processInstanceBusinessKey("FY2567-M1").singleResult().getId();

		clock.advanceTo(LocalDateTime.of(2024, 5, 24, 9, 0));
		assertThat(sender.sendDue(OfficeTime.now())).isEqualTo(2);

		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(Mails.recipients(received)).containsExactlyInAnyOrder("somchai@example.test", "malee@example.test");
		MimeMessage mail = received[0];
		// Thai only: the office's language (no one's own language is recorded, and a mail goes to a whole group)
		assertThat(mail.getSubject()).startsWith("[FY2567-M1] อีก 7 วันครบกำหนด 31 พ.ค. 2567: เปิดโอกาสให้บุคคลภายนอก")
			.doesNotContain("|").doesNotContainPattern("[A-Za-z]{3,}");
		String body = (String) mail.getContent();
		assertThat(body).contains("งานต่อไปนี้จะครบกำหนดในอีก 7 วัน (วันที่ 31 พ.ค. 2567)")
			.contains("<td>31 พ.ค. 2567</td>")
			.contains("http://localhost:8080/camunda/app/tasklist/default/#/?task=" + taskId)
			.contains("lang=\"th\"")
			.doesNotContain("This task").doesNotContain("May 2024").doesNotContain("(Task)");
	}

	@Test
	void theManagersAreToldOnceAStepIsLongOverdueWhileTheGroupIsRemindedWeekly() throws Exception {
		importer.importYaml(ONE_STEP_PLAN, "admin");

		for (LocalDateTime day : List.of(LocalDateTime.of(2024, 6, 1, 9, 0), LocalDateTime.of(2024, 6, 8, 9, 0),
				LocalDateTime.of(2024, 6, 14, 9, 0))) {
			clock.advanceTo(day);
		}
		sender.sendDue(OfficeTime.now());

		List<MimeMessage> toManager = Arrays.stream(smtp.getReceivedMessages())
			.filter(m -> Mails.recipients(m).contains("sudamanager@example.test"))
			.toList();
		assertThat(toManager).hasSize(1);
		assertThat(toManager.get(0).getSubject())
			.isEqualTo("[FY2567-R1] แจ้งผู้บริหาร เกินกำหนด 14 วัน: เผยแพร่ช่องทางร้องเรียนบนเว็บไซต์");
		List<String> toGroup = Arrays.stream(smtp.getReceivedMessages())
			.filter(m -> Mails.recipients(m).contains("somchai@example.test"))
			.map(Mails::subject)
			.toList();
		assertThat(toGroup).as("early reminders were stale when the clock jumped past them")
			.containsExactly("[FY2567-R1] เกินกำหนด 1 วัน: เผยแพร่ช่องทางร้องเรียนบนเว็บไซต์",
					"[FY2567-R1] เกินกำหนด 8 วัน: เผยแพร่ช่องทางร้องเรียนบนเว็บไซต์");
		assertThat(Mails.recipients(smtp.getReceivedMessages())).doesNotContain("wichai@example.test");
	}

	@Test
	void completingAStepEarlyCancelsItsLaterReminders() throws Exception {
		importer.importYaml(ONE_STEP_PLAN, "admin");
		clock.advanceTo(LocalDateTime.of(2024, 5, 24, 9, 0));
		sender.sendDue(OfficeTime.now());
		assertThat(smtp.getReceivedMessages()).hasSize(2);
		Task step = tasks.createTaskQuery().processInstanceBusinessKey("FY2567-R1").singleResult();

		complete(step);
		clock.advanceTo(LocalDateTime.of(2024, 7, 1, 9, 0));
		sender.sendDue(OfficeTime.now());

		assertThat(smtp.getReceivedMessages()).hasSize(2);
		assertThat(management.createJobQuery().processDefinitionKey("GroupTaskReminders").count())
			.as("no reminder timer left").isZero();
	}

	@Test
	void withSmtpDownNothingIsLostAndEverythingGoesOutOnceWhenItIsBack() throws Exception {
		importer.importYaml(ONE_STEP_PLAN, "admin");
		clock.advanceTo(LocalDateTime.of(2024, 5, 24, 9, 0));
		smtp.stop();

		Instant now = OfficeTime.now();
		assertThat(sender.sendDue(now)).isZero();
		assertThat(jdbc.sql("select count(*) from mail_outbox where status = 'PENDING' and attempts = 1 and last_error is not null")
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(sender.sendDue(now)).as("backing off, not hammering the server").isZero();

		smtp.start();
		assertThat(sender.sendDue(now.plusSeconds(3600))).isEqualTo(2);
		assertThat(sender.sendDue(now.plusSeconds(7200))).isZero();
		assertThat(Mails.recipients(smtp.getReceivedMessages())).containsExactlyInAnyOrder("somchai@example.test",
				"malee@example.test");
	}

	@Test
	void runningAReminderAgainQueuesNothingTwice() throws Exception {
		importer.importYaml(ONE_STEP_PLAN, "admin");
		clock.advanceTo(LocalDateTime.of(2024, 5, 24, 9, 0));
		Task step = tasks.createTaskQuery().processInstanceBusinessKey("FY2567-R1").singleResult();

		// what a retried job or a second node would do: run the same reminder activity once more
		String reminders = runtime.createProcessInstanceQuery().superProcessInstanceId(step.getProcessInstanceId())
			.singleResult().getId();
		runtime.createProcessInstanceModification(reminders)
			.startBeforeActivity("Task_QueueReminderBeforeDueFirst")
			.execute();
		sender.sendDue(OfficeTime.now());
		sender.sendDue(OfficeTime.now());

		assertThat(smtp.getReceivedMessages()).hasSize(2);
		assertThat(jdbc.sql("select count(*) from mail_outbox").query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void aGroupWithNobodyToMailRaisesAnIncidentInsteadOfDroppingTheReminder() {
		importer.importYaml("""
				fiscalYear: 2567
				organisation: สำนักงานทดสอบ
				groups:
				  - id: nomail
				    name: กลุ่มที่ไม่มีสมาชิก
				measures:
				  - code: N1
				    title: ไม่มีผู้รับอีเมล
				    indicators: [9]
				    responsibleGroup: nomail
				    deadline: 2567-05-31
				    reportingQuarters: [3]
				    steps:
				      - text: ขั้นตอนเดียว
				""", "admin");

		clock.advanceTo(LocalDateTime.of(2024, 5, 24, 9, 0));

		assertThat(runtime.createIncidentQuery().incidentType("failedJob").activityId("Timer_RemindBeforeDueFirst").list()).singleElement()
			.satisfies(incident -> assertThat(incident.getIncidentMessage()).contains("[nomail]")
				.contains("FIRST_BEFORE_DUE")
				.contains("ขั้นตอนเดียว"));
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	private void complete(Task task) {
		actor.complete("somchai", task.getId(),
				Map.of(MeasureProcess.WHAT_DONE, "เผยแพร่แล้ว", MeasureProcess.DATE_DONE, "2024-05-24"));
	}

	static String seedPlan() throws Exception {
		return new ClassPathResource("plans/ita-2567-ranong.yaml").getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}
}
