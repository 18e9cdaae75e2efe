package th.go.ita.measuretracker.workflow;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes Camunda's schema lacks, found by the benchmarks (BENCHMARKS.md). Completing a task looks up its sub-tasks
 * by PARENT_TASK_ID_, which has no index: on PostgreSQL every completion read every open task. The job executor,
 * acquiring by due date (application.yml), reads ACT_RU_JOB by DUEDATE_. Added once the engine has created or
 * upgraded its schema; Flyway cannot, because it runs before the engine (EngineAfterFlyway).
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

	private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

	private static final List<String> STATEMENTS = List.of(
			"create index if not exists mt_ix_task_parent on ACT_RU_TASK (PARENT_TASK_ID_)",
			"create index if not exists mt_ix_job_duedate on ACT_RU_JOB (DUEDATE_)",
			// acquiring by due date skips jobs without one: give those created before it was switched on theirs
			"update ACT_RU_JOB set DUEDATE_ = coalesce(CREATE_TIME_, current_timestamp) where DUEDATE_ is null");

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		DataSource dataSource = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
		for (String statement : STATEMENTS) {
			try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
				sql.execute(statement);
			}
			catch (SQLException ex) {
				// another node starting at the same moment may have done it; without an index the app works, slower
				log.warn("Could not {}: {}", statement, ex.getMessage());
			}
		}
	}
}
