package th.go.ita.measuretracker.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.go.ita.measuretracker.support.AppTest;
import th.go.ita.measuretracker.support.BrowserSession;

/** {@link EvidenceScenarios} on H2, and what only the real server (Tomcat) does: its upload limit, its headers. */
@AppTest
class EvidenceH2Tests extends EvidenceScenarios {

	@LocalServerPort int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theServerStopsReadingAnUploadBeyondTheLimitAndSaysWhy() throws Exception {
		HttpResponse<String> response = upload("huge.pdf", SampleFiles.pdf(10 * 1024 * 1024));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"reason\":\"TOO_LARGE\"").contains("10485760");
		assertNothingStored();
	}

	@Test
	void aDownloadIsAnAttachmentOfItsOwnTypeWithTheThaiNameEncoded() throws Exception {
		byte[] memo = SampleFiles.pdf();
		HttpResponse<String> created = upload(MEMO, memo);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String location = created.headers().firstValue("Location").orElseThrow();

		HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + location))
			.header("Authorization", BrowserSession.basic("somchai", "somchai-secret")).build(),
				HttpResponse.BodyHandlers.ofByteArray());

		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(download.headers().firstValue("Content-Length")).hasValue(String.valueOf(memo.length));
		assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(download.headers().firstValue("Content-Disposition")).hasValue(
				"attachment; filename=\"evidence.pdf\"; filename*=UTF-8''" + Downloads.rfc5987(MEMO));
		assertThat(download.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; sandbox");
		assertThat(SampleFiles.sha256(download.body())).isEqualTo(SampleFiles.sha256(memo));
	}

	private HttpResponse<String> upload(String name, byte[] content) throws Exception {
		String boundary = UUID.randomUUID().toString();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + STEP_1))
			.header("Authorization", BrowserSession.basic("somchai", "somchai-secret"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}
}
