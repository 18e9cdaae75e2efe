package th.go.ita.measuretracker.support;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/** Moves Camunda's clock and runs the jobs that fall due, the way the job executor would, without sleeping. */
@Component
public class EngineClock {

	private final ManagementService management;

	EngineClock(ManagementService management) {
		this.management = management;
	}

	/** Sets the engine's time to a Bangkok wall-clock time. */
	public void set(LocalDateTime bangkok) {
		ClockUtil.setCurrentTime(at(bangkok));
	}

	/** A Bangkok wall-clock time as the engine stores it, e.g. a job's due date. */
	public static Date at(LocalDateTime bangkok) {
		return Date.from(bangkok.atZone(ZoneId.of("Asia/Bangkok")).toInstant());
	}

	/** Sets the time, then runs every job due by then (including jobs those jobs create). */
	public void advanceTo(LocalDateTime bangkok) {
		set(bangkok);
		runDueJobs();
	}

	public void runDueJobs() {
		for (int round = 0; round < 100; round++) {
			List<Job> due = management.createJobQuery().executable().list();
			if (due.isEmpty()) {
				return;
			}
			for (Job job : due) {
				try {
					management.executeJob(job.getId());
				}
				catch (RuntimeException failed) {
					// as with the job executor: the engine has counted down the job's retries
				}
			}
		}
		throw new IllegalStateException("jobs keep falling due: a timer loop?");
	}
}
