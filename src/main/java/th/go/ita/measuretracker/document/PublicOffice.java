package th.go.ita.measuretracker.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.ita.measuretracker.document.DocumentSources.ResolvedSources;
import th.go.ita.measuretracker.fiscal.OfficeTime;
import th.go.ita.measuretracker.fiscal.ThaiDates;
import th.go.ita.measuretracker.plan.MeasureView;
import th.go.ita.measuretracker.report.ReportRounds;
import th.go.ita.measuretracker.report.ReportView;

/**
 * What an office shows the public for a year (the page its website links to for the OIT): its approved documents,
 * its measures with their progress, and their public evidence. Built here, field by field, from what may be
 * published: no person's name or address, no comment, no draft, no text a member typed that no manager approved.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class PublicOffice {

	private final OfficePlans plans;
	private final DocumentRepository documents;
	private final ReportRounds reports;
	private final ResolvedSources sources;
	private final WebLinks links;

	public record PublicYear(String organisation, String officeCode, int fiscalYear, List<PublishedDocument> documents,
			List<PublicMeasure> measures) {
	}

	/** An approved version: the kind's title, its version and the day it was approved, its files' SHA-256. */
	public record PublishedDocument(long id, String title, int version, String approvedOn, String pdfSha256,
			String docxSha256) {
	}

	/**
	 * @param progressPercent the latest approved quarterly report's figure, {@code null} before there is one
	 * @param groupName the responsible group (an office unit, not a person)
	 */
	public record PublicMeasure(String code, String title, String groupName, String deadline, int stepsDone,
			int stepsTotal, Integer progressPercent, List<PublicStep> steps, List<PublicLink> evidence) {
	}

	public record PublicStep(int position, String text, boolean done, String doneOn) {
	}

	/** @param url an absolute http(s) address, or {@code null} where the catalogue's address was no web link */
	public record PublicLink(String name, String url) {
	}

	/** @return empty when the office has no plan that year */
	public Optional<PublicYear> year(String officeCode, int fiscalYear) {
		return plans.find(fiscalYear, officeCode)
			.filter(plan -> officeCode.equals(plan.officeCode()))
			.map(plan -> new PublicYear(plan.organisation(), plan.officeCode(), plan.fiscalYear(), approved(plan),
					plan.measures().stream().map(measure -> measure(plan, measure)).toList()));
	}

	/** An approved version's file, if it is this office's and year's. */
	public Optional<byte[]> approvedFile(String officeCode, int fiscalYear, long id, String format) {
		FileFormat file;
		try {
			file = FileFormat.of(format);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		return documents.find(id)
			.filter(DocumentVersion::approved)
			.filter(d -> officeCode.equals(d.officeCode()) && d.fiscalYear() == fiscalYear)
			.flatMap(d -> documents.file(id, file));
	}

	private List<PublishedDocument> approved(OfficePlan plan) {
		return documents.ofYear(plan.fiscalYear(), plan.officeCode()).stream()
			.filter(DocumentVersion::approved)
			.sorted(Comparator.comparing(DocumentVersion::kind).thenComparing(DocumentVersion::version, Comparator.reverseOrder()))
			.map(d -> new PublishedDocument(d.id(), DocumentKind.valueOf(d.kind()).title, d.version(),
					ThaiDates.longDate(OfficeTime.dayOf(d.decidedAt().toInstant())), d.pdfSha256(), d.docxSha256()))
			.toList();
	}

	private PublicMeasure measure(OfficePlan plan, MeasureView measure) {
		List<PublicStep> steps = new ArrayList<>();
		int done = 0;
		for (MeasureView.StepView step : measure.steps()) {
			boolean completed = "COMPLETED".equals(step.status());
			done += completed ? 1 : 0;
			steps.add(new PublicStep(step.position(), step.text(), completed,
					completed && step.dateDone() != null ? ThaiDates.longDate(step.dateDone()) : null));
		}
		Integer progress = reports.reportsOf(measure.id()).stream()
			.filter(r -> r.fiscalYear() == measure.fiscalYear())
			.sorted(Comparator.comparingInt(ReportView::quarter))
			.map(ApprovedReports::approvedVersion)
			.flatMap(Optional::stream)
			.map(ReportView.Version::progressPercent)
			.reduce((first, second) -> second)
			.orElse(null);
		List<PublicLink> evidence = sources.evidence().publicEvidence(measure.id()).stream()
			.map(e -> new PublicLink(e.name(), links.absolute(e.url())))
			.toList();
		return new PublicMeasure(measure.code(), measure.title(), plan.groupName(measure.responsibleGroup()),
				ThaiDates.longDate(measure.deadline()), done, steps.size(), progress, steps, evidence);
	}
}
