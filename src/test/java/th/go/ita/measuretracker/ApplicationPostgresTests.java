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
		assertThat(jdbc.sql("select count(*) from mt_flyway_history where not success").query(Integer.class).single())
			.as("every migration applied").isZero();
		assertThat(jdbc.sql("select max(cast(version as integer)) from mt_flyway_history").query(String.class).single())
			.as("up to the last migration").isEqualTo(lastMigration());
		assertThat(jdbc.sql("select count(*) from information_schema.tables where table_name in ('act_ru_task',"
				+ " 'act_hi_procinst', 'act_id_user')").query(Integer.class).single())
			.as("Camunda's tables, created by Camunda").isEqualTo(3);
		assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("MeasureProcess").count()).isPositive();
		assertThat(jdbc.sql("select pg_encoding_to_char(encoding) from pg_database where datname = current_database()")
			.query(String.class)
			.single()).isEqualTo("UTF8");
	}

	/** The newest V*__*.sql under db/migration. */
	private static String lastMigration() {
		try {
			return java.util.Arrays.stream(new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
				.getResources("classpath:db/migration/V*__*.sql"))
				.map(resource -> resource.getFilename().substring(1, resource.getFilename().indexOf("__")))
				.max(java.util.Comparator.comparingInt(Integer::parseInt))
				.orElseThrow();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}
}
