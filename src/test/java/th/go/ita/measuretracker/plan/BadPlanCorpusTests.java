package th.go.ita.measuretracker.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import th.go.ita.measuretracker.support.AppTest;
import th.go.ita.measuretracker.support.CleanSlate;

/**
 * The corpus in src/test/resources/plans-bad: one mistake per file, and in its first line what the answer must say
 * ({@code # expect: <line> <field> | <words of the message>}). Each is sent to the import API as an admin would:
 * a 400 naming the line, the field and the mistake, and nothing stored. The expectations are English, so the files
 * are sent with {@code Accept-Language: en}; PlanApiTests reads the same kind of answer in Thai.
 */
@AppTest
class BadPlanCorpusTests {

	private static final Pattern EXPECT = Pattern.compile("# expect: (\\d+) (\\S+) \\| (.+)");

	@Autowired MockMvc mvc;
	@Autowired CleanSlate cleanSlate;
	@Autowired IdentityService identity;
	@Autowired RuntimeService runtime;
	@Autowired JdbcClient jdbc;

	private final ObjectMapper json = new ObjectMapper();

	@BeforeEach
	void aKnownGroup() {
		cleanSlate.reset();
		Group group = identity.newGroup("directorate");
		group.setName("กลุ่มอำนวยการ");
		identity.saveGroup(group);
	}

	static Stream<Resource> corpus() throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:plans-bad/*.yaml");
		return Arrays.stream(files).filter(file -> !"four-mistakes.yaml".equals(file.getFilename()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("corpus")
	void isRefusedWithItsLineAndFieldAndNothingIsStored(Resource file) throws Exception {
		String yaml = file.getContentAsString(StandardCharsets.UTF_8);
		Matcher expect = EXPECT.matcher(yaml.lines().findFirst().orElse(""));
		assertThat(expect.matches()).as(file.getFilename() + " starts with '# expect: <line> <field> | <words>'").isTrue();

		MvcResult result = mvc.perform(post("/api/plans").with(httpBasic("admin", "test-admin-secret"))
			.header("Accept-Language", "en")
			.contentType("application/yaml")
			.content(yaml.getBytes(StandardCharsets.UTF_8))).andReturn();

		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(400);
		JsonNode errors = json.readTree(result.getResponse().getContentAsByteArray()).get("errors");
		List<String> said = toList(errors).stream()
			.map(e -> e.path("line").asInt() + " " + e.path("field").asText("(file)") + " | " + e.path("message").asText())
			.toList();
		// a misspelt field is also a missing one: the named mistake must be among what is said
		assertThat(said).as("the mistake of " + file.getFilename())
			.anySatisfy(error -> assertThat(error).startsWith(expect.group(1) + " " + expect.group(2) + " | ")
				.containsIgnoringCase(expect.group(3)));
		for (String table : List.of("plan", "measure", "step", "measure_status")) {
			assertThat(jdbc.sql("select count(*) from " + table).query(Long.class).single()).as(table).isZero();
		}
		assertThat(runtime.createProcessInstanceQuery().count()).isZero();
	}

	private static List<JsonNode> toList(JsonNode array) {
		return array == null ? List.of() : Stream.iterate(0, i -> i < array.size(), i -> i + 1).map(array::get).toList();
	}
}
