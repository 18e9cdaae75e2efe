package th.go.ita.measuretracker.workflow;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An index Camunda's schema lacks. Completing a task looks up its sub-tasks by PARENT_TASK_ID_, which has no index:
 * on PostgreSQL every completion read every open task, so completing got slower as the number of open tasks grew
 * (FlowBenchmark, BENCHMARKS.md). Added once the engine has created or upgraded its schema; Flyway cannot, because
 * it runs before the engine (EngineAfterFlyway).
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

	private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

	static final String TASK_PARENT = "create index if not exists mt_ix_task_parent on ACT_RU_TASK (PARENT_TASK_ID_)";

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		DataSource dataSource = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
		try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
			sql.execute(TASK_PARENT);
		}
		catch (SQLException ex) {
			// another node starting at the same moment may have created it; without it the app still works, slower
			log.warn("Could not add the index on ACT_RU_TASK (PARENT_TASK_ID_): {}", ex.getMessage());
		}
	}
}
