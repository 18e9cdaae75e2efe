package th.go.ita.measuretracker.plan;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class PlanImportH2Tests extends PlanScenarios {
}
