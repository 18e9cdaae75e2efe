package th.go.ita.measuretracker.assessment;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import th.go.ita.measuretracker.support.AppTest;
import th.go.ita.measuretracker.support.CleanSlate;

/** The assessment reader shares the plan reader's YAML parser: a hostile file is a 400 with its line there too. */
@AppTest
class AssessmentHostileYamlTests {

	@Autowired MockMvc mvc;
	@Autowired CleanSlate cleanSlate;
	@Autowired JdbcClient jdbc;

	@BeforeEach
	void nothingAssessedYet() {
		cleanSlate.reset();
		cleanSlate.user("sudamanager", "managers", "ผู้บริหาร");
	}

	@Test
	void aKeyThatContainsItselfIsA400WithItsLine() throws Exception {
		send("fiscalYear: 2566\n&a {*a : 1}: x\n")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].line").value(2))
			.andExpect(jsonPath("$.errors[0].message", containsString("ถูกใช้ภายในตัวเอง")));
		assertThat(jdbc.sql("select count(*) from assessment").query(Long.class).single()).isZero();
	}

	@Test
	void anAliasBombIsA400AtTheAliasPastTheLimit() throws Exception {
		send("""
				a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
				b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
				c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
				d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
				""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].line").value(3))
			.andExpect(jsonPath("$.errors[0].message", containsString("aliases")));
	}

	private ResultActions send(String yaml) throws Exception {
		return mvc.perform(post("/api/assessments").with(httpBasic("sudamanager", "sudamanager-secret"))
			.contentType("application/yaml")
			.content(yaml.getBytes(StandardCharsets.UTF_8)));
	}
}
