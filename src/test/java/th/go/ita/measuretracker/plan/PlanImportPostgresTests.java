package th.go.ita.measuretracker.plan;

import org.springframework.boot.test.context.SpringBootTest;

import th.go.ita.measuretracker.support.PostgresTest;

@SpringBootTest
@PostgresTest
class PlanImportPostgresTests extends PlanScenarios {
}
