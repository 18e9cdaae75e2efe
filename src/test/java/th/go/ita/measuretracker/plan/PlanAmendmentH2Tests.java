package th.go.ita.measuretracker.plan;

import th.go.ita.measuretracker.support.AppTest;

@AppTest
class PlanAmendmentH2Tests extends PlanAmendmentScenarios {
}
