package th.go.ita.measuretracker.plan;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An amendment changes running tasks and processes; a group completing one of those tasks at the same moment wins,
 * and the amendment is rolled back whole. Previewing it again shows the plan as the group left it.
 */
@RestControllerAdvice(assignableTypes = { PlanController.class, PlansPageController.class })
class PlanRaceHandler {

	@ExceptionHandler
	ProblemDetail changedMeanwhile(OptimisticLockingException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "งานในแผนเปลี่ยนไประหว่างแก้ไขแผน"
				+ " ไม่มีอะไรถูกบันทึก กรุณาดูตัวอย่างแล้วยืนยันอีกครั้ง (a task of the plan changed while it was being amended;"
				+ " nothing was stored: preview the plan and confirm again)");
		problem.setTitle("แผนไม่ถูกแก้ไข (Plan not amended)");
		return problem;
	}
}
