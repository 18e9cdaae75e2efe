package th.go.ita.measuretracker.document;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import th.go.ita.measuretracker.report.ReportRounds;

/**
 * Where documents read what other features keep. The public evidence of a measure is the web links of its approved
 * quarterly reports (public with the report's text) and, where a module provides an {@link EvidenceCatalog} (the
 * evidence files), the files a manager published; a {@link PlanHistory} bean replaces "nothing was amended".
 */
@Configuration
@EnableConfigurationProperties(DocumentSettings.class)
class DocumentSources {

	@Bean
	ResolvedSources documentSourcesInUse(ObjectProvider<EvidenceCatalog> evidence, ObjectProvider<PlanHistory> history,
			ReportRounds reports) {
		EvidenceCatalog links = new ApprovedReportEvidence(reports);
		EvidenceCatalog files = evidence.getIfAvailable(() -> measureId -> java.util.List.of());
		EvidenceCatalog both = measureId -> java.util.stream.Stream
			.concat(links.publicEvidence(measureId).stream(), files.publicEvidence(measureId).stream())
			.toList();
		return new ResolvedSources(both, history.getIfAvailable(() -> PlanHistory.NONE));
	}

	record ResolvedSources(EvidenceCatalog evidence, PlanHistory history) {
	}
}
