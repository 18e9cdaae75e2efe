package th.go.ita.measuretracker.document;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import th.go.ita.measuretracker.report.ReportRounds;

/**
 * Where documents read what other features keep: a module that provides an {@link EvidenceCatalog} or a
 * {@link PlanHistory} bean replaces the stand-in here (by being there: these are only the fall-backs).
 */
@Configuration
@EnableConfigurationProperties(DocumentSettings.class)
class DocumentSources {

	@Bean
	ResolvedSources documentSourcesInUse(ObjectProvider<EvidenceCatalog> evidence, ObjectProvider<PlanHistory> history,
			ReportRounds reports) {
		return new ResolvedSources(evidence.getIfAvailable(() -> new ApprovedReportEvidence(reports)),
				history.getIfAvailable(() -> PlanHistory.NONE));
	}

	record ResolvedSources(EvidenceCatalog evidence, PlanHistory history) {
	}
}
