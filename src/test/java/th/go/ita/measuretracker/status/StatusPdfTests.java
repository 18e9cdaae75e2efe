package th.go.ita.measuretracker.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.go.ita.measuretracker.support.AppTest;
import th.go.ita.measuretracker.support.BrowserSession;
import th.go.ita.measuretracker.support.HeadlessChromium;
import th.go.ita.measuretracker.support.SeedScenario;
import th.go.ita.measuretracker.support.ThaiPdfText;

/**
 * The status PDF of the seed plan as a Thai reader gets it. OpenPDF broke 4 of its 6 Thai line joins inside a word
 * ("บุคลา|กร", "การสื่อสา|ร", "รายงานล่าสุ|ด") and drew "ผู้รับผิดชอบ"'s tone mark unshaped.
 */
@AppTest
class StatusPdfTests {

	@LocalServerPort int port;
	@Autowired SeedScenario seed;

	@BeforeEach
	void theSeedPlan() {
		seed.seedPlanWithTwoGroupsAndAManager();
	}

	@Test
	void theSeedPlansStatusPdfBreaksThaiLinesOnlyBetweenWordsAndShapesItsToneMarks() throws Exception {
		HeadlessChromium.assumePrinterInstalled();
		BrowserSession manager = new BrowserSession(port);
		manager.logIn("sudamanager", "sudamanager-secret");
		HttpResponse<byte[]> response = manager.getBytes("/status/export.pdf?fiscalYear=2567");
		assertThat(response.statusCode()).isEqualTo(200);
		ThaiPdfText pdf = ThaiPdfText.of(response.body());

		assertThat(pdf.text()).contains("ผู้รับผิดชอบ", "มาตรการเพิ่มประสิทธิภาพ", "กลุ่มอำนวยการ");
		assertThat(pdf.thaiLineJoins()).as("the measures' titles wrap").hasSizeGreaterThanOrEqualTo(6)
			.noneMatch(ThaiPdfText.LineJoin::insideAWord);
		assertThat(pdf.toneMarks()).isNotEmpty().allMatch(ThaiPdfText.ToneMark::placedAsAThaiReaderExpects);
	}
}
