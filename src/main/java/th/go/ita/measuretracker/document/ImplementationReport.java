package th.go.ita.measuretracker.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.document.DocumentContent.Block;
import th.go.ita.measuretracker.document.DocumentContent.Cell;
import th.go.ita.measuretracker.document.DocumentContent.Line;
import th.go.ita.measuretracker.document.DocumentContent.Row;
import th.go.ita.measuretracker.document.DocumentSources.ResolvedSources;
import th.go.ita.measuretracker.fiscal.ThaiDates;
import th.go.ita.measuretracker.plan.MeasureView;
import th.go.ita.measuretracker.report.ReportRounds;
import th.go.ita.measuretracker.report.ReportView;

/**
 * The implementation report of a round (การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน, O37 in the
 * 2568 structure): a summary table, then per measure each step done by the round's last day or not (when, by which
 * group), the approved quarterly reports' texts, the progress, the public evidence and the amendments made in the
 * round. It names groups, never people, and never a reviewer's comment: it is published.
 */
@Component
@RequiredArgsConstructor
class ImplementationReport {

	private final ReportRounds reports;
	private final ResolvedSources sources;
	private final WebLinks links;

	DocumentContent content(OfficePlan plan, ReportPeriod period) {
		String round = period.kind() == DocumentKind.REPORT_6_MONTHS ? "รอบ 6 เดือน" : "รอบ 12 เดือน";
		List<Block> blocks = new ArrayList<>();
		blocks.add(new DocumentContent.Cover(List.of("รายงานการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
				plan.organisation(), "ประจำปีงบประมาณ พ.ศ. " + plan.fiscalYear() + " " + round + " (" + period.thai() + ")")));
		List<MeasureRound> measures = plan.measures().stream().map(m -> new MeasureRound(m, period, approvedReports(m, period)))
			.toList();
		blocks.add(new DocumentContent.Heading(1, "ส่วนที่ 1 สรุปผลการดำเนินการตามมาตรการ " + round));
		blocks.add(summary(measures));
		blocks.add(new DocumentContent.Heading(1, "ส่วนที่ 2 ผลการดำเนินการรายมาตรการ"));
		int number = 1;
		for (MeasureRound measure : measures) {
			blocks.addAll(measure(plan, number++, measure));
		}
		blocks.add(DocumentSignOff.of(plan.organisation()));
		return new DocumentContent(period.kind().title + " " + plan.organisation()
				+ " ประจำปีงบประมาณ พ.ศ. " + plan.fiscalYear(), blocks);
	}

	/** A measure as of the round's last day. */
	record MeasureRound(MeasureView measure, ReportPeriod period, List<Quarter> reports) {

		long stepsDone() {
			return measure.steps().stream().filter(this::done).count();
		}

		boolean done(MeasureView.StepView step) {
			return "COMPLETED".equals(step.status()) && period.contains(step.dateDone());
		}

		/** The latest approved report's figure; without one, the share of steps done. */
		int progress() {
			return reports.isEmpty() ? (int) Math.round(100.0 * stepsDone() / Math.max(1, measure.steps().size()))
					: reports.get(reports.size() - 1).version().progressPercent();
		}

		String state() {
			if (stepsDone() == measure.steps().size()) {
				return "ดำเนินการแล้วเสร็จ";
			}
			return stepsDone() == 0 && reports.isEmpty() ? "ยังไม่ได้ดำเนินการ" : "อยู่ระหว่างดำเนินการ";
		}
	}

	record Quarter(int quarter, ReportView.Version version) {
	}

	private List<Quarter> approvedReports(MeasureView measure, ReportPeriod period) {
		List<Quarter> quarters = new ArrayList<>();
		for (ReportView report : reports.reportsOf(measure.id())) {
			if (report.fiscalYear() == measure.fiscalYear() && report.quarter() <= period.lastQuarter()) {
				ApprovedReports.approvedVersion(report).ifPresent(v -> quarters.add(new Quarter(report.quarter(), v)));
			}
		}
		quarters.sort(Comparator.comparingInt(Quarter::quarter));
		return quarters;
	}

	private static DocumentContent.Table summary(List<MeasureRound> measures) {
		List<Row> rows = new ArrayList<>();
		int number = 1;
		for (MeasureRound m : measures) {
			rows.add(Row.of(Cell.text(number++ + ". " + m.measure().title()),
					Cell.number(m.stepsDone() + "/" + m.measure().steps().size()), Cell.number(String.valueOf(m.progress())),
					Cell.text(m.state())));
		}
		return new DocumentContent.Table(List.of(52, 16, 14, 18),
				List.of("มาตรการ", "ขั้นตอนที่ดำเนินการแล้ว", "ความก้าวหน้า (ร้อยละ)", "สถานะ"), rows);
	}

	private List<Block> measure(OfficePlan plan, int number, MeasureRound round) {
		MeasureView measure = round.measure();
		List<Block> blocks = new ArrayList<>();
		blocks.add(new DocumentContent.Heading(2, "มาตรการที่ " + number + " " + measure.title()));
		blocks.add(new DocumentContent.Paragraph("ผู้รับผิดชอบ " + plan.groupName(measure.responsibleGroup())
				+ " กำหนดแล้วเสร็จ " + ThaiDates.longDate(measure.deadline()) + " ความก้าวหน้าร้อยละ " + round.progress()
				+ " (" + round.state() + ")"));
		List<Row> steps = new ArrayList<>();
		for (MeasureView.StepView step : measure.steps()) {
			boolean done = round.done(step);
			steps.add(Row.of(Cell.text(step.position() + ". " + step.text()), Cell.text(done ? "ดำเนินการแล้ว" : "ยังไม่ดำเนินการ"),
					Cell.text(done ? ThaiDates.longDate(step.dateDone()) : "–"), Cell.text(done ? plan.groupName(step.group()) : "–")));
		}
		blocks.add(new DocumentContent.Table(List.of(46, 18, 18, 18),
				List.of("ขั้นตอน/วิธีการปฏิบัติ", "ผลการดำเนินการ", "วันที่ดำเนินการ", "กลุ่มที่ดำเนินการ"), steps));
		blocks.add(new DocumentContent.Paragraph("รายงานความก้าวหน้ารายไตรมาสที่อนุมัติแล้ว"));
		if (round.reports().isEmpty()) {
			blocks.add(new DocumentContent.Paragraph("ยังไม่มีรายงานที่อนุมัติในรอบนี้"));
		}
		for (Quarter quarter : round.reports()) {
			blocks.add(reportTable(quarter, measure.fiscalYear()));
		}
		blocks.add(new DocumentContent.Paragraph("หลักฐานที่เผยแพร่"));
		blocks.add(evidence(measure));
		List<PlanHistory.Amendment> amendments = sources.history().amendments(measure.id(), round.period().start(),
				round.period().end());
		blocks.add(new DocumentContent.Paragraph(amendments.isEmpty() ? "การปรับปรุงมาตรการในรอบนี้: ไม่มี"
				: "การปรับปรุงมาตรการในรอบนี้"));
		if (!amendments.isEmpty()) {
			blocks.add(new DocumentContent.Table(List.of(20, 45, 35), List.of("วันที่", "สิ่งที่ปรับปรุง", "เหตุผล"),
					amendments.stream().map(a -> Row.of(Cell.text(ThaiDates.longDate(a.date())), Cell.text(a.change()),
							Cell.text(a.reason() == null ? "" : a.reason()))).toList()));
		}
		return blocks;
	}

	private static DocumentContent.Table reportTable(Quarter quarter, int fiscalYear) {
		ReportView.Version v = quarter.version();
		return new DocumentContent.Table(List.of(30, 70), List.of("ไตรมาสที่ " + quarter.quarter() + "/" + fiscalYear, ""),
				List.of(Row.of(Cell.text("ความก้าวหน้า (ร้อยละ)"), Cell.text(String.valueOf(v.progressPercent()))),
						Row.of(Cell.text("ผลการดำเนินงาน"), Cell.text(orDash(v.narrative()))),
						Row.of(Cell.text("ปัญหาและอุปสรรค"), Cell.text(orDash(v.problems()))),
						Row.of(Cell.text("สิ่งที่จะดำเนินการต่อไป"), Cell.text(orDash(v.nextSteps())))));
	}

	private Block evidence(MeasureView measure) {
		List<EvidenceCatalog.PublicEvidence> evidence = sources.evidence().publicEvidence(measure.id());
		if (evidence.isEmpty()) {
			return new DocumentContent.Paragraph("ยังไม่มีหลักฐานที่เผยแพร่");
		}
		return new DocumentContent.Table(List.of(100), List.of("ไฟล์หลักฐาน"),
				evidence.stream().map(e -> Row.of(Cell.lines(List.of(new Line(e.name(), links.absolute(e.url())))))).toList());
	}

	private static String orDash(String text) {
		return Optional.ofNullable(text).filter(t -> !t.isBlank()).orElse("–");
	}
}
