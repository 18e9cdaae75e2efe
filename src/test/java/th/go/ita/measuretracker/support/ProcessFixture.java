package th.go.ita.measuretracker.support;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What every process test starts from: no plans, no processes, no mails; กลุ่มอำนวยการ (directorate: somchai,
 * malee), the finance group (wichai) and a manager (sudamanager); the engine clock at {@link ProcessPlans#IMPORTED_AT};
 * camunda-bpm-assert pointed at this context's engine.
 */
@Component
public class ProcessFixture {

	private final CleanSlate cleanSlate;
	private final EngineClock clock;
	private final ProcessEngine engine;
	private final JdbcClient jdbc;

	ProcessFixture(CleanSlate cleanSlate, EngineClock clock, ProcessEngine engine, JdbcClient jdbc) {
		this.cleanSlate = cleanSlate;
		this.clock = clock;
		this.engine = engine;
		this.jdbc = jdbc;
	}

	public void freshStart() {
		cleanSlate.reset();
		cleanSlate.user("somchai", "directorate", "กลุ่มอำนวยการ");
		cleanSlate.user("malee", "directorate", "กลุ่มอำนวยการ");
		cleanSlate.user("wichai", "finance", "กลุ่มบริหารงานการเงินและสินทรัพย์");
		cleanSlate.user("sudamanager", "managers", "ผู้บริหาร");
		clock.set(ProcessPlans.IMPORTED_AT);
		BpmnAwareTests.init(engine);
	}

	/** The running instance of a process with this business key. */
	public ProcessInstance instance(String processKey, String businessKey) {
		return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey)
			.processInstanceBusinessKey(businessKey).singleResult();
	}

	/** The processes this one called that are still running, e.g. the reminders beside a step. */
	public List<ProcessInstance> called(ProcessInstance caller, String processKey) {
		return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(caller.getId())
			.processDefinitionKey(processKey).list();
	}

	/** The mails queued so far, oldest first, as "KIND recipient round" (the overdue round; 1 for the others). */
	public List<String> queuedMails() {
		return jdbc.sql("select kind, recipient, dedup_key from mail_outbox order by id")
			.query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3).split(":")[2])
			.list();
	}
}
