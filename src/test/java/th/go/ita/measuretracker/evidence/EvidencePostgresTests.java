package th.go.ita.measuretracker.evidence;

import th.go.ita.measuretracker.support.PostgresTest;

@PostgresTest
class EvidencePostgresTests extends EvidenceScenarios {
}
