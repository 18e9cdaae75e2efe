package th.go.ita.measuretracker.bench;

import th.go.ita.measuretracker.support.PostgresTestDatabase;

/** The benchmarks' own database, so that they never share one with the tests. */
class BenchDatabase extends PostgresTestDatabase {

	BenchDatabase() {
		super("measure_tracker_bench");
	}
}
