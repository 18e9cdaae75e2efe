package th.go.ita.measuretracker.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import th.go.ita.measuretracker.support.BrowserSession;

/**
 * Measures the status overview (page and REST, first page) at 1,000, 10,000 and 100,000 measures on PostgreSQL.
 * Not a test: it asserts nothing about time; run it with {@code mvn -Pbench test -Dtest=StatusBenchmark} and read
 * target/bench/status.md. The measures are written straight into our tables (what a plan import writes) because
 * the subject is the read side, not the import.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "logging.level.root=warn")
@ActiveProfiles({ "test", "postgres" })
@ContextConfiguration(initializers = BenchDatabase.class)
class StatusBenchmark {

	static final int GROUPS = BenchFixtures.GROUPS;
	static final int WARM_UP = 100;
	static final int SAMPLES = 200;

	@LocalServerPort int port;
	@Autowired JdbcClient jdbc;
	@Autowired IdentityService identity;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void overviewAtOneTenAndOneHundredThousandMeasures() throws Exception {
		BenchFixtures.create(identity);
		List<String> report = new ArrayList<>();
		report.add("| measures | call | p50 ms | p95 ms | max ms |");
		report.add("|---:|---|---:|---:|---:|");
		load(0, 1_000);
		measure(1_000, report);
		load(1_000, 10_000);
		measure(10_000, report);
		load(10_000, 100_000);
		measure(100_000, report);
		report.add("");
		report.add("Query plan of the first page at 100,000 measures:");
		report.add("```");
		report.addAll(explain());
		report.add("```");
		Path out = Path.of("target/bench/status.md");
		Files.createDirectories(out.getParent());
		Files.write(out, report, StandardCharsets.UTF_8);
		report.forEach(System.out::println);
	}

	private void measure(int measures, List<String> report) throws Exception {
		for (String[] call : new String[][] { { "REST GET /api/status (first page of 50)", "/api/status?fiscalYear=2567" },
				{ "page GET /status (first page, charts, totals)", "/status?fiscalYear=2567" } }) {
			row(report, measures, call[0], timings(call[1], false));
			row(report, measures, call[0] + ", right after a change (totals recomputed)", timings(call[1], true));
		}
	}

	private static void row(List<String> report, int measures, String call, double[] ms) {
		report.add("| " + String.format("%,d", measures) + " | " + call + " | " + fmt(percentile(ms, 50)) + " | "
				+ fmt(percentile(ms, 95)) + " | " + fmt(ms[ms.length - 1]) + " |");
	}

	/** @param afterChange bump status_version before each request, as a committed step completion would */
	private double[] timings(String path, boolean afterChange) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", BrowserSession.basic("benchmanager", BenchFixtures.PASSWORD))
			.build();
		for (int i = 0; i < WARM_UP; i++) {
			send(request);
		}
		double[] ms = new double[SAMPLES];
		for (int i = 0; i < SAMPLES; i++) {
			if (afterChange) {
				jdbc.sql("update status_version set version = version + 1 where id = 1").update();
			}
			long start = System.nanoTime();
			send(request);
			ms[i] = (System.nanoTime() - start) / 1_000_000.0;
		}
		Arrays.sort(ms);
		return ms;
	}

	private void send(HttpRequest request) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(response.statusCode() + " " + response.body());
		}
	}

	/** Measures [from, to) of one plan, in 20 groups, deadlines spread over the year, a share of them done. */
	private void load(int from, int to) {
		if (from == 0) {
			jdbc.sql("insert into plan (fiscal_year, organisation, imported_at) values (2567, 'bench', now())").update();
		}
		long planId = jdbc.sql("select id from plan where organisation = 'bench'").query(Long.class).single();
		jdbc.sql("""
				insert into measure (plan_id, code, business_key, title, description, indicators, responsible_group,
				  deadline, reporting_quarters, step_order, status)
				select ?, 'B' || n, 'FY2567-B' || n, 'มาตรการทดสอบประสิทธิภาพที่ ' || n, '', '9,10', 'benchgroup' || (n % ?),
				  date '2023-10-01' + (n % 366), '2,3', 'SEQUENTIAL', case when n % 5 = 0 then 'COMPLETED' else 'OPEN' end
				from generate_series(?, ?) as n""")
			.params(planId, GROUPS, from, to - 1)
			.update();
		jdbc.sql("""
				insert into measure_status (measure_id, fiscal_year, business_key, code, title, responsible_group,
				  deadline, indicators, reporting_quarters, steps_total, steps_done, done, report_fiscal_year,
				  report_quarter, report_state, report_progress, report_due_open)
				select m.id, 2567, m.business_key, m.code, m.title, m.responsible_group, m.deadline, ',9,10,', ',2,3,',
				  4, (m.id % 5)::int, m.status = 'COMPLETED', 2567, 2,
				  case when m.id % 3 = 0 then 'APPROVED' else 'OPEN' end, (m.id % 101)::int,
				  case when m.id % 3 = 0 then null else date '2024-01-15' end
				from measure m left join measure_status s on s.measure_id = m.id
				where m.plan_id = ? and s.measure_id is null""")
			.param(planId)
			.update();
		jdbc.sql("delete from step_completion_month where fiscal_year = 2567").update();
		jdbc.sql("""
				insert into step_completion_month (fiscal_year, responsible_group, month_start, completed)
				select 2567, responsible_group, date_trunc('month', deadline)::date, sum(steps_done)
				from measure_status where fiscal_year = 2567 group by 2, 3""").update();
		BenchFixtures.analyze(jdbc);
	}

	/** The plan of the first page's query for the first state (overdue), as StatusRepository#bucket sends it. */
	private List<String> explain() {
		return jdbc.sql("""
				explain analyze select s.*, 'OVERDUE' as state from measure_status s
				where s.fiscal_year = 2567 and (true or s.responsible_group in ('')) and not s.done and s.deadline < :today
				order by s.done, s.deadline, s.business_key offset 0 rows fetch next 50 rows only""")
			.param("today", LocalDate.now())
			.query(String.class)
			.list();
	}

	private static double percentile(double[] sorted, int p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
	}

	private static String fmt(double ms) {
		return String.format("%.1f", ms);
	}
}
