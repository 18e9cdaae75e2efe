package th.go.ita.measuretracker.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.mock.web.MockHttpServletResponse;



/**
 * Evidence through the API, as a script or the upload page sends it, on H2 ({@link EvidenceH2Tests}) and PostgreSQL
 * ({@link EvidencePostgresTests}). The seed plan's FY2567-M1 belongs to กลุ่มอำนวยการ (somchai); wichai is of another
 * group, sudamanager a manager. Its first step's task is open.
 */
abstract class EvidenceScenarios extends EvidenceScenariosBase {

	// --- the API path

	@Test
	void aMemberAttachesAPdfAndAPhotoToTheirStepAndAManagerDownloadsThemIntact() throws Exception {
		byte[] memo = SampleFiles.pdf();
		byte[] photo = SampleFiles.png(640, 480);

		long memoId = id(attach("somchai", STEP_1, MEMO, memo)
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/evidence/")))
			.andExpect(jsonPath("$.contentType").value("application/pdf"))
			.andExpect(jsonPath("$.sha256").value(SampleFiles.sha256(memo)))
			.andExpect(jsonPath("$.sizeBytes").value(memo.length))
			.andExpect(jsonPath("$.uploadedBy").value("somchai")));
		attach("somchai", STEP_1, "ภาพกิจกรรม.png", photo).andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value("image/png"));

		mvc.perform(get("/api/measures/FY2567-M1").with(as("sudamanager")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.steps[0].status").value("ACTIVE"))
			.andExpect(jsonPath("$.evidence.count").value(2))
			.andExpect(jsonPath("$.evidence.steps[0].position").value(1))
			.andExpect(jsonPath("$.evidence.steps[0].files[0].fileName").value(MEMO))
			.andExpect(jsonPath("$.evidence.steps[0].files[1].fileName").value("ภาพกิจกรรม.png"));
		MockHttpServletResponse download = mvc.perform(get("/api/evidence/" + memoId).with(as("sudamanager")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", containsString("attachment;")))
			.andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''"
					+ Downloads.rfc5987(MEMO))))
			.andReturn()
			.getResponse();
		assertThat(SampleFiles.sha256(download.getContentAsByteArray())).isEqualTo(SampleFiles.sha256(memo));
		assertThat(Downloads.rfc5987(MEMO)).startsWith("%E0%B8%9A%E0%B8%B1%E0%B8%99").contains("%20").endsWith(".pdf");
	}

	@Test
	void wordExcelAndJpegFilesAreKnownByTheirContent() throws Exception {
		attach("somchai", STEP_1, "บันทึก.docx", SampleFiles.docx()).andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value(EvidenceType.DOCX.mediaType()));
		attach("somchai", STEP_1, "ผลการประชุม.xlsx", SampleFiles.xlsx()).andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value(EvidenceType.XLSX.mediaType()));
		attach("somchai", STEP_1, "IMG_0001.JPG", SampleFiles.jpeg(320, 240)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value("image/jpeg"));
	}

	@Test
	void aFileOfManyChunksComesBackByteForByte() throws Exception {
		byte[] large = SampleFiles.pdf(3 * DatabaseEvidenceStorage.DEFAULT_CHUNK + 12_345);

		long id = id(attach("somchai", STEP_1, "large.pdf", large).andExpect(status().isCreated()));

		assertThat(count("evidence_chunk")).isEqualTo(4);
		byte[] back = mvc.perform(get("/api/evidence/" + id).with(as("somchai"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(back).isEqualTo(large);
	}

	@Test
	void reportFilesGoWithTheVersionTheyWereSubmittedWith() throws Exception {
		rounds.open(2567, 3);
		long first = id(attach("somchai", REPORT_Q3, "รายงานไตรมาส 3.pdf", SampleFiles.pdf()).andExpect(status().isCreated())
			.andExpect(jsonPath("$.reportVersion").value(nullValue())));
		submitReport();
		returnReport();
		long second = id(attach("somchai", REPORT_Q3, "รายงานไตรมาส 3 ฉบับแก้ไข.pdf", SampleFiles.pdf(2000))
			.andExpect(status().isCreated()));
		submitReport();

		mvc.perform(get("/api/measures/FY2567-M1").with(as("somchai")))
			.andExpect(jsonPath("$.evidence.reports[0].version").value(1))
			.andExpect(jsonPath("$.evidence.reports[0].files[0].id").value(first))
			.andExpect(jsonPath("$.evidence.reports[1].version").value(2))
			.andExpect(jsonPath("$.evidence.reports[1].files[0].id").value(second));
	}

	// --- what may not be stored: a clear 4xx naming the reason, and nothing stored

	static Stream<Arguments> badFiles() {
		return Stream.of(
				Arguments.of("a Windows program renamed .pdf", "report.pdf", bytes("MZ\u0090\u0000 This program cannot be run"), 415, "TYPE_NOT_ALLOWED"),
				Arguments.of("a Linux program renamed .pdf", "report.pdf", bytes("\u007FELF\u0002\u0001\u0001"), 415, "TYPE_NOT_ALLOWED"),
				Arguments.of("HTML named .pdf", "report.pdf", bytes("<!DOCTYPE html><script>alert(1)</script>"), 415, "TYPE_NOT_ALLOWED"),
				Arguments.of("SVG named .png", "photo.png", bytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"), 415, "TYPE_NOT_ALLOWED"),
				Arguments.of("a shell script", "run.pdf", bytes("#!/bin/sh\nrm -rf /"), 415, "TYPE_NOT_ALLOWED"),
				Arguments.of("plain text", "notes.pdf", bytes("just some notes"), 415, "TYPE_NOT_ALLOWED"),
				Arguments.of("a zip that is no Office file", "archive.docx", SampleFiles.zip(Map.of("a.txt", "hello")), 415, "TYPE_NOT_ALLOWED"),
				Arguments.of("a Word file with macros", "memo.docx", SampleFiles.zip(Map.of("[Content_Types].xml", "<Types/>",
						"word/document.xml", "<w:document/>", "word/vbaProject.bin", "macro")), 415, "TYPE_NOT_ALLOWED"),
				Arguments.of("a damaged zip", "memo.docx", bytes("PK\u0003\u0004 broken"), 415, "TYPE_NOT_ALLOWED"),
				Arguments.of("a PDF named as a photo", "photo.jpg", SampleFiles.pdf(), 415, "NAME_DOES_NOT_MATCH_CONTENT"),
				Arguments.of("a photo named as a web page", "photo.html", SampleFiles.png(8, 8), 415, "NAME_DOES_NOT_MATCH_CONTENT"),
				Arguments.of("an empty file", "empty.pdf", new byte[0], 400, "EMPTY_FILE"),
				Arguments.of("a name climbing out of its folder", "../../etc/evil.pdf", SampleFiles.pdf(), 400, "BAD_NAME"),
				Arguments.of("a name with a folder", "folder/memo.pdf", SampleFiles.pdf(), 400, "BAD_NAME"),
				Arguments.of("a Windows path", "C:\\Users\\memo.pdf", SampleFiles.pdf(), 400, "BAD_NAME"),
				Arguments.of("a name that reads backwards", "memo\u202Efdp.exe", SampleFiles.pdf(), 400, "BAD_NAME"),
				Arguments.of("a name with a control character", "memo\u0000.pdf", SampleFiles.pdf(), 400, "BAD_NAME"),
				Arguments.of("a name longer than 255 characters", "ก".repeat(252) + ".pdf", SampleFiles.pdf(), 400, "BAD_NAME"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badFiles")
	void aBadFileIsRefusedNamingWhyAndNothingIsStored(String what, String name, byte[] content, int expected,
			String reason) throws Exception {
		attach("somchai", STEP_1, name, content)
			.andExpect(status().is(expected))
			.andExpect(jsonPath("$.reason").value(reason))
			.andExpect(jsonPath("$.detail").isNotEmpty());

		assertNothingStored();
	}

	@Test
	void aFileLargerThanTheLimitIsRefused() throws Exception {
		attach("somchai", STEP_1, "huge.pdf", SampleFiles.pdf(10 * 1024 * 1024))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.reason").value("TOO_LARGE"))
			.andExpect(jsonPath("$.detail", containsString("at most 10485760")));

		assertNothingStored();
	}

	@Test
	void aFileBeyondTheMeasuresTotalIsRefused() throws Exception {
		jdbc.sql("update evidence_quota set bytes = ? where measure_id = (select id from measure where business_key = 'FY2567-M1')")
			.param(200L * 1024 * 1024 - 500)
			.update();

		attach("somchai", STEP_1, MEMO, SampleFiles.pdf())
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.reason").value("MEASURE_FULL"));

		assertThat(count("evidence_file") + count("evidence_chunk")).isZero();
	}

	@Test
	void anUploadWithoutAFileIsRefused() throws Exception {
		mvc.perform(multipart(STEP_1).param("note", "x").with(as("somchai")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.reason").value("NO_FILE"));
	}

	// --- who may attach

	@Test
	void onlyTheStepsGroupAttachesAndAnotherGroupDoesNotEvenSeeTheStep() throws Exception {
		attach("wichai", STEP_1, MEMO, SampleFiles.pdf()).andExpect(status().isNotFound());
		attach("sudamanager", STEP_1, MEMO, SampleFiles.pdf()).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.reason").value("NOT_YOUR_GROUP"));
		attach("admin", STEP_1, MEMO, SampleFiles.pdf()).andExpect(status().isForbidden());
		attach("somchai", "/api/measures/FY2567-M1/steps/2/evidence", MEMO, SampleFiles.pdf())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.reason").value("TASK_NOT_OPEN"));
		attach("somchai", "/api/measures/FY2567-M1/steps/9/evidence", MEMO, SampleFiles.pdf()).andExpect(status().isNotFound());
		attach("somchai", "/api/measures/FY2567-NOPE/steps/1/evidence", MEMO, SampleFiles.pdf()).andExpect(status().isNotFound());

		assertNothingStored();
	}

	// --- removal and corrections

	@Test
	void whileTheStepIsOpenAFileCanBeRemovedAndLeavesNothingBehind() throws Exception {
		long id = id(attach("somchai", STEP_1, MEMO, SampleFiles.pdf()));

		mvc.perform(delete("/api/evidence/" + id).with(as("wichai"))).andExpect(status().isNotFound());
		mvc.perform(delete("/api/evidence/" + id).with(as("sudamanager"))).andExpect(status().isForbidden());
		mvc.perform(delete("/api/evidence/" + id).with(as("somchai"))).andExpect(status().isNoContent());

		mvc.perform(get("/api/evidence/" + id).with(as("somchai"))).andExpect(status().isNotFound());
		assertNothingStored();
	}

	@Test
	void onceTheStepIsCompletedItsFilesStayAndACorrectionSupersedesOne() throws Exception {
		long original = id(attach("somchai", STEP_1, MEMO, SampleFiles.pdf()));
		attach("somchai", STEP_1, MEMO, SampleFiles.pdf(), original)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.reason").value("BAD_CORRECTION"));
		completeStep1();

		mvc.perform(delete("/api/evidence/" + original).with(as("somchai")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.reason").value("LOCKED"));
		attach("somchai", STEP_1, "another.pdf", SampleFiles.pdf())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.reason").value("LOCKED"));
		long correction = id(attach("somchai", STEP_1, "บันทึกข้อความ ฉบับแก้ไข.pdf", SampleFiles.pdf(2000), original)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.supersedes").value(original)));
		attach("somchai", STEP_1, "again.pdf", SampleFiles.pdf(), original)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.reason").value("BAD_CORRECTION"));
		mvc.perform(delete("/api/evidence/" + correction).with(as("somchai"))).andExpect(status().isConflict());

		List<EvidenceFile> files = evidence.ofMeasure(measureId()).ofStep(1);
		assertThat(files).extracting(EvidenceFile::id, EvidenceFile::supersededBy)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(original, correction),
					org.assertj.core.groups.Tuple.tuple(correction, null));
	}

	@Test
	void aSubmittedReportFileStaysWhileAnUnsubmittedOneCanBeRemoved() throws Exception {
		rounds.open(2567, 3);
		long submitted = id(attach("somchai", REPORT_Q3, "รายงาน.pdf", SampleFiles.pdf()));
		submitReport();
		attach("somchai", REPORT_Q3, "late.pdf", SampleFiles.pdf())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.reason").value("TASK_NOT_OPEN"));
		returnReport();
		long pending = id(attach("somchai", REPORT_Q3, "เพิ่มเติม.pdf", SampleFiles.pdf(3000)));

		mvc.perform(delete("/api/evidence/" + submitted).with(as("somchai")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.reason").value("LOCKED"));
		mvc.perform(delete("/api/evidence/" + pending).with(as("somchai"))).andExpect(status().isNoContent());
		assertThat(evidence.ofMeasure(measureId()).files()).extracting(EvidenceFile::id).containsExactly(submitted);
	}

	// --- publication

	@Test
	void aManagerMakesAnApprovedReportsFileAndOnlyThatPublic() throws Exception {
		rounds.open(2567, 3);
		long shown = id(attach("somchai", REPORT_Q3, "ภาพกิจกรรม.png", SampleFiles.png(64, 64)));
		long internal = id(attach("somchai", REPORT_Q3, "รายชื่อผู้เข้าร่วม.xlsx", SampleFiles.xlsx()));
		long stepFile = id(attach("somchai", STEP_1, MEMO, SampleFiles.pdf()));
		publish("sudamanager", shown).andExpect(status().isConflict())
			.andExpect(jsonPath("$.reason").value("NOT_PUBLISHABLE"));
		submitReport();

		publish("somchai", shown).andExpect(status().isForbidden());
		publish("admin", shown).andExpect(status().isForbidden());
		publish("sudamanager", stepFile).andExpect(status().isConflict());
		publish("sudamanager", shown).andExpect(status().isOk()).andExpect(jsonPath("$.published").value(true));
		assertThat(evidence.publicOf(measureId())).as("not before the report is approved").isEmpty();
		approveReport();

		assertThat(evidence.publicOf(measureId())).extracting(EvidenceFile::id).containsExactly(shown);
		assertThat(evidence.ofMeasure(measureId()).files()).filteredOn(f -> f.id() == internal)
			.extracting(EvidenceFile::published).containsExactly(false);
	}
}
