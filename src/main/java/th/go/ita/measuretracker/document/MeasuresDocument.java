package th.go.ita.measuretracker.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.assessment.AssessmentAnalysis;
import th.go.ita.measuretracker.assessment.AssessmentResult.Discrepancy;
import th.go.ita.measuretracker.assessment.AssessmentService;
import th.go.ita.measuretracker.assessment.Grade;
import th.go.ita.measuretracker.assessment.Tool;
import th.go.ita.measuretracker.assessment.Trend;
import th.go.ita.measuretracker.document.DocumentContent.Block;
import th.go.ita.measuretracker.document.DocumentContent.Cell;
import th.go.ita.measuretracker.document.DocumentContent.Line;
import th.go.ita.measuretracker.document.DocumentContent.Row;
import th.go.ita.measuretracker.fiscal.ThaiDates;
import th.go.ita.measuretracker.plan.MeasureView;

/**
 * The measures document an office publishes for the OIT (มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน, O36 in
 * the 2568 structure): the cover, the analysis of last year's ITA assessment as the arithmetic gives it, the
 * measures table in the layout offices use, and the head of office's sign-off. Figures the assessment's document
 * states but the arithmetic does not give are listed in the appendix only.
 */
@Component
@RequiredArgsConstructor
class MeasuresDocument {

	static final String TITLE = "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน";
	static final List<String> MEASURES_HEADER = List.of("มาตรการ", "ขั้นตอน/วิธีการปฏิบัติ", "ผู้รับผิดชอบ",
			"กำหนดแล้วเสร็จ", "การรายงาน");
	/** Where a plan's title names the measure and, after it, the activity (the seed's "1. … — 1.1 …"). */
	private static final String TITLE_PARTS = " — ";
	private static final Map<Tool, String> TOOL_NAMES = Map.of(
			Tool.IIT, "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)",
			Tool.EIT, "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)",
			Tool.OIT, "แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)");

	private final AssessmentService assessments;

	DocumentContent content(OfficePlan plan) {
		int assessed = plan.fiscalYear() - 1;
		List<Block> blocks = new ArrayList<>();
		blocks.add(new DocumentContent.Cover(List.of(TITLE, plan.organisation(), "ประจำปีงบประมาณ พ.ศ. " + plan.fiscalYear())));
		blocks.add(new DocumentContent.Heading(1, "ส่วนที่ 1 ผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน"
				+ "ของหน่วยงานภาครัฐ (ITA) ปีงบประมาณ พ.ศ. " + assessed));
		Optional<AssessmentAnalysis> analysis = assessments.analysis(plan.organisation(), assessed);
		if (analysis.isPresent()) {
			blocks.addAll(analysis(analysis.get()));
		}
		else {
			blocks.add(new DocumentContent.Paragraph("ยังไม่ได้นำเข้าผลการประเมิน ITA ปีงบประมาณ พ.ศ. " + assessed + " ของ"
					+ plan.organisation() + " จึงยังไม่มีผลการวิเคราะห์"));
		}
		blocks.add(new DocumentContent.Heading(1, "ส่วนที่ 2 " + TITLE + " ประจำปีงบประมาณ พ.ศ. " + plan.fiscalYear()));
		blocks.add(new DocumentContent.Paragraph("การกำหนดมาตรการและแนวทางในการพัฒนาตามจุดอ่อนและข้อบกพร่อง"));
		blocks.add(measures(plan));
		blocks.add(DocumentSignOff.of(plan.organisation()));
		analysis.filter(a -> !a.discrepancies().isEmpty()).ifPresent(a -> blocks.addAll(appendix(a)));
		return new DocumentContent(TITLE + " " + plan.organisation() + " ประจำปีงบประมาณ พ.ศ. " + plan.fiscalYear(), blocks);
	}

	/** The seed's table: a measure's name across the row when its title has an activity, then the activity's row. */
	static DocumentContent.Table measures(OfficePlan plan) {
		List<Row> rows = new ArrayList<>();
		int number = 1;
		for (MeasureView measure : plan.measures()) {
			String title = measure.title();
			int split = title.indexOf(TITLE_PARTS);
			String activity = number + ". " + title;
			if (split > 0) {
				rows.add(Row.of(Cell.across(number + ". " + title.substring(0, split), MEASURES_HEADER.size())));
				activity = title.substring(split + TITLE_PARTS.length());
			}
			List<Line> steps = new ArrayList<>();
			for (MeasureView.StepView step : measure.steps()) {
				steps.add(Line.of(step.position() + ". " + step.text()));
			}
			rows.add(Row.of(Cell.text(activity), Cell.lines(steps), Cell.lines(groups(plan, measure)),
					Cell.text(ThaiDates.longDate(measure.deadline())), Cell.text(quarters(measure.reportingQuarters()))));
			number++;
		}
		return new DocumentContent.Table(List.of(20, 40, 14, 14, 12), MEASURES_HEADER, rows);
	}

	/** The responsible group, then any other group a step of the measure is for. */
	private static List<Line> groups(OfficePlan plan, MeasureView measure) {
		Set<String> ids = new LinkedHashSet<>();
		ids.add(measure.responsibleGroup());
		measure.steps().forEach(step -> ids.add(step.group()));
		return ids.stream().map(plan::groupName).map(Line::of).toList();
	}

	static String quarters(List<Integer> quarters) {
		List<String> numbers = quarters.stream().sorted().map(String::valueOf).toList();
		if (numbers.isEmpty()) {
			return "-";
		}
		String last = numbers.get(numbers.size() - 1);
		return "ไตรมาสที่ " + (numbers.size() == 1 ? last : String.join(", ", numbers.subList(0, numbers.size() - 1)) + " และ " + last);
	}

	private static List<Block> analysis(AssessmentAnalysis a) {
		List<Block> blocks = new ArrayList<>();
		String target = a.target().stripTrailingZeros().toPlainString();
		blocks.add(new DocumentContent.Paragraph("ผลการประเมิน ITA ปีงบประมาณ พ.ศ. " + a.fiscalYear() + " ของ" + a.organisation()
				+ " ได้คะแนนรวม " + figure(a.total()) + " คะแนน ระดับ " + a.grade() + (a.passed() ? " ผ่าน" : " ไม่ผ่าน")
				+ "เกณฑ์การประเมิน (85 คะแนนขึ้นไป) หน่วยงานตั้งเป้าหมายทุกตัวชี้วัดไม่ต่ำกว่าร้อยละ " + target));
		blocks.add(new DocumentContent.Heading(2, "1.1 คะแนนรายตัวชี้วัด"));
		blocks.add(indicators(a));
		blocks.add(new DocumentContent.Heading(2, "1.2 คะแนนตามเครื่องมือการประเมิน"));
		blocks.add(tools(a));
		blocks.add(new DocumentContent.Heading(2, "1.3 เปรียบเทียบผลการประเมินย้อนหลัง"));
		blocks.add(years(a.trend()));
		Map<Boolean, List<Integer>> parted = a.indicatorScores().keySet().stream()
			.collect(Collectors.partitioningBy(n -> a.isStrength(a.indicatorScores().get(n))));
		blocks.add(new DocumentContent.Heading(2, "1.4 จุดแข็ง (ตัวชี้วัดที่ได้คะแนนตั้งแต่ร้อยละ " + target + " ขึ้นไป) จำนวน "
				+ parted.get(true).size() + " ตัวชี้วัด"));
		blocks.addAll(indicatorList(a, parted.get(true)));
		blocks.add(new DocumentContent.Heading(2, "1.5 จุดอ่อนหรือข้อบกพร่อง (ตัวชี้วัดที่ได้คะแนนต่ำกว่าร้อยละ " + target
				+ ") จำนวน " + parted.get(false).size() + " ตัวชี้วัด"));
		blocks.addAll(indicatorList(a, parted.get(false)));
		List<AssessmentAnalysis.SubItemScore> weakItems = a.subItems().stream().filter(item -> !a.isStrength(item.score()))
			.toList();
		if (!weakItems.isEmpty()) {
			blocks.add(new DocumentContent.Paragraph("ประเด็นย่อยที่ได้คะแนนต่ำกว่าร้อยละ " + target + ":"));
			weakItems.forEach(item -> blocks.add(new DocumentContent.Paragraph(
					"ประเด็น " + item.code() + " " + item.name() + " คะแนน " + figure(item.score()))));
		}
		return blocks;
	}

	private static DocumentContent.Table indicators(AssessmentAnalysis a) {
		List<Row> rows = new ArrayList<>();
		for (Map.Entry<Integer, BigDecimal> indicator : a.indicatorScores().entrySet()) {
			int n = indicator.getKey();
			BigDecimal score = indicator.getValue();
			rows.add(Row.of(Cell.text(String.valueOf(n)), Cell.text(AssessmentAnalysis.indicatorName(n)),
					Cell.text(toolOf(n).name()), Cell.number(figure(score)), Cell.text(Grade.of(score).name()),
					Cell.text(a.isStrength(score) ? "จุดแข็ง" : "ต้องพัฒนา")));
			for (AssessmentAnalysis.SubItemScore item : a.subItems()) {
				if (item.indicator() == n) {
					rows.add(Row.of(Cell.text(item.code()), Cell.text(item.name()), Cell.text(""),
							Cell.number(figure(item.score())), Cell.text(""), Cell.text("")));
				}
			}
		}
		return new DocumentContent.Table(List.of(11, 39, 12, 13, 10, 15),
				List.of("ตัวชี้วัดที่", "ตัวชี้วัด", "เครื่องมือ", "คะแนน", "ระดับ", "เทียบเป้าหมาย"), rows);
	}

	private static DocumentContent.Table tools(AssessmentAnalysis a) {
		List<Row> rows = new ArrayList<>();
		for (Tool tool : Tool.values()) {
			rows.add(Row.of(Cell.text(TOOL_NAMES.get(tool)), Cell.text(tool.firstIndicator() + "–" + tool.lastIndicator()),
					Cell.number(String.valueOf(a.toolWeights().get(tool))), Cell.number(figure(a.toolPoints().get(tool)))));
		}
		rows.add(Row.of(Cell.text("คะแนนรวม"), Cell.text(""), Cell.number("100"), Cell.number(figure(a.total()))));
		rows.add(Row.of(Cell.text("ระดับผลการประเมิน"), Cell.text(""), Cell.text(""),
				Cell.number(a.grade() + (a.passed() ? " (ผ่าน)" : " (ไม่ผ่าน)"))));
		return new DocumentContent.Table(List.of(52, 14, 14, 20),
				List.of("เครื่องมือการประเมิน", "ตัวชี้วัดที่", "น้ำหนัก", "คะแนนที่ได้"), rows);
	}

	private static DocumentContent.Table years(Trend trend) {
		List<Row> rows = new ArrayList<>();
		for (Trend.Year year : trend.years()) {
			rows.add(Row.of(Cell.text(String.valueOf(year.fiscalYear())), Cell.number(figure(year.total())),
					Cell.text(year.grade()), Cell.number(year.difference() == null ? "–" : signed(year.difference())),
					Cell.text(year.direction() == null ? "–" : year.direction())));
		}
		return new DocumentContent.Table(List.of(22, 20, 14, 22, 22),
				List.of("ปีงบประมาณ พ.ศ.", "คะแนน ITA", "ระดับ", "ผลต่างของคะแนน", "พัฒนาการ"), rows);
	}

	private static List<Block> indicatorList(AssessmentAnalysis a, List<Integer> numbers) {
		if (numbers.isEmpty()) {
			return List.of(new DocumentContent.Paragraph("ไม่มี"));
		}
		return numbers.stream()
			.map(n -> (Block) new DocumentContent.Paragraph("ตัวชี้วัดที่ " + n + " " + AssessmentAnalysis.indicatorName(n)
					+ " ได้คะแนนร้อยละ " + figure(a.indicatorScores().get(n))))
			.toList();
	}

	private static List<Block> appendix(AssessmentAnalysis a) {
		List<Row> rows = new ArrayList<>();
		for (Discrepancy d : a.discrepancies()) {
			rows.add(Row.of(Cell.text(fieldName(d.field())), Cell.text(sourceName(d.source())), Cell.number(d.stated()),
					Cell.number(d.computed())));
		}
		return List.of(new DocumentContent.PageBreak(),
				new DocumentContent.Heading(1, "ภาคผนวก ตัวเลขในเอกสารผลการประเมินที่ไม่ตรงกับผลการคำนวณ"),
				new DocumentContent.Paragraph("เอกสารผลการประเมิน ITA ปีงบประมาณ พ.ศ. " + a.fiscalYear()
						+ " ที่นำเข้าระบุตัวเลขต่อไปนี้ ซึ่งไม่ตรงกับผลการคำนวณจากคะแนนรายตัวชี้วัด"
						+ " เอกสารฉบับนี้จึงใช้ผลการคำนวณ และแสดงตัวเลขที่ระบุไว้เฉพาะในภาคผนวกนี้"),
				new DocumentContent.Table(List.of(30, 36, 17, 17),
						List.of("รายการ", "ที่มาในเอกสารผลการประเมิน", "ตัวเลขที่ระบุ", "ผลการคำนวณ"), rows));
	}

	/** The calculator's field names (assessment/AssessmentCalculator) in Thai. */
	static String fieldName(String field) {
		String[] parts = field.split(" ", 2);
		String rest = parts.length > 1 ? parts[1] : "";
		return switch (parts[0]) {
			case "indicator" -> "คะแนนตัวชี้วัดที่ " + rest;
			case "IIT", "EIT", "OIT" -> "คะแนนเครื่องมือ " + parts[0];
			case "total" -> rest.isEmpty() ? "คะแนนรวม" : "คะแนนรวมปี " + rest;
			case "grade" -> "ระดับผลการประเมิน";
			case "difference" -> "ผลต่างของคะแนนปี " + rest;
			case "direction" -> "พัฒนาการปี " + rest;
			default -> field;
		};
	}

	private static String sourceName(String source) {
		if ("history".equals(source)) {
			return "ตารางผลการประเมินย้อนหลัง";
		}
		return "indicators (given with its sub-items)".equals(source) ? "คะแนนตัวชี้วัดที่ระบุคู่กับประเด็นย่อย" : source;
	}

	private static Tool toolOf(int indicator) {
		for (Tool tool : Tool.values()) {
			if (indicator >= tool.firstIndicator() && indicator <= tool.lastIndicator()) {
				return tool;
			}
		}
		throw new IllegalArgumentException("no ITA tool scores indicator " + indicator);
	}

	/** Two decimals, as the ITA publishes scores. */
	static String figure(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	private static String signed(BigDecimal difference) {
		return (difference.signum() > 0 ? "+" : "") + figure(difference);
	}
}
