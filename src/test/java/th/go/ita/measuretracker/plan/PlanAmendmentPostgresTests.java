package th.go.ita.measuretracker.plan;

import th.go.ita.measuretracker.support.PostgresTest;

@PostgresTest
class PlanAmendmentPostgresTests extends PlanAmendmentScenarios {
}
