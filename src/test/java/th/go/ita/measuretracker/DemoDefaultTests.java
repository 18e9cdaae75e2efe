package th.go.ita.measuretracker;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The embedded default a newcomer starts: demo people, the seed plan's tasks waiting in their group. */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:demo-default;DB_CLOSE_DELAY=-1",
		"camunda.bpm.job-execution.enabled=false" })
class DemoDefaultTests {

	@Autowired IdentityService identity;
	@Autowired TaskService tasks;
	@Autowired FilterService filters;

	@Test
	void aNewcomerCanLogInAsAGroupMemberAndFindTheSeedPlansFirstSteps() {
		assertThat(identity.checkPassword("somchai", "demo")).isTrue();
		assertThat(tasks.createTaskQuery().taskCandidateUser("somchai").list()).extracting(t -> t.getName())
			.containsExactlyInAnyOrder("เปิดโอกาสให้บุคคลภายนอกเข้ามามีส่วนร่วมในการดำเนินการตามภารกิจของหน่วยงาน",
					"เปิดโอกาสให้บุคลากรภายใน และภายนอกเข้ามามีส่วนร่วมในการดำเนินการตามภารกิจของหน่วยงาน");
		assertThat(tasks.createTaskQuery().taskCandidateUser("manager").list()).extracting(t -> t.getName())
			.as("the seed assessment's draft measures wait for the manager")
			.containsExactly("ทบทวนร่างมาตรการปีงบประมาณ 2567 จากผลการประเมิน ITA 2566");
		assertThat(filters.createFilterQuery().filterName("งานของกลุ่มฉัน").count()).isEqualTo(1);
	}
}
