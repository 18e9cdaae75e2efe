package th.go.ita.measuretracker;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.go.ita.measuretracker.support.PostgresTest;

@PostgresTest
class ApplicationPostgresTests {

	@Autowired JdbcClient jdbc;
	@Autowired RepositoryService repository;

	@Test
	void startsOnPostgresWithOurTablesFromFlywayAndCamundasFromCamunda() {
		assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
		assertThat(jdbc.sql("select count(*) from mt_flyway_history where success").query(Integer.class).single())
			.isPositive();
		assertThat(jdbc.sql("select count(*) from act_ru_task").query(Integer.class).single()).isNotNegative();
		assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("MeasureProcess").count()).isPositive();
		assertThat(jdbc.sql("select pg_encoding_to_char(encoding) from pg_database where datname = current_database()")
			.query(String.class)
			.single()).isEqualTo("UTF8");
	}
}
