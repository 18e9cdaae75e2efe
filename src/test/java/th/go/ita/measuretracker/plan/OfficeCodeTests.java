package th.go.ita.measuretracker.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import th.go.ita.measuretracker.support.AppTest;
import th.go.ita.measuretracker.support.CleanSlate;

/** A plan's office code (officeCode): the office's public address, shown with its measures, one office's alone. */
@AppTest
class OfficeCodeTests {

	@Autowired MockMvc mvc;
	@Autowired CleanSlate cleanSlate;
	@Autowired MeasureQueries measures;

	@BeforeEach
	void startFromNothing() {
		cleanSlate.reset();
	}

	@Test
	void theSeedPlansCodeIsShownWithItsMeasures() throws Exception {
		importPlan(PlanScenarios.seedPlan()).andExpect(status().isCreated());

		mvc.perform(get("/api/measures").param("fiscalYear", "2567").with(admin()))
			.andExpect(jsonPath("$[0].officeCode").value("spp-ranong"))
			.andExpect(jsonPath("$[1].officeCode").value("spp-ranong"));
	}

	@Test
	void aPlanImportedWithoutACodeGetsItWhenImportedAgainWithOne() throws Exception {
		importPlan(PlanScenarios.seedPlan().replace("officeCode: spp-ranong\n", "")).andExpect(status().isCreated());
		assertThat(measures.list(2567)).allMatch(m -> m.officeCode() == null);

		// the same measures with a code: no amendment of the plan, only the office's code is added
		importPlan(PlanScenarios.seedPlan()).andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("UNCHANGED"));

		assertThat(measures.list(2567)).allMatch(m -> "spp-ranong".equals(m.officeCode()));
	}

	@Test
	void aCodeWithOtherCharactersOrOfAnotherOfficeIsRefusedNamingItsLine() throws Exception {
		importPlan(PlanScenarios.seedPlan().replace("spp-ranong", "spp ranong/1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].line").value(5))
			.andExpect(jsonPath("$.errors[0].message", containsString("letters, digits and '-'")));
		importPlan(PlanScenarios.seedPlan()).andExpect(status().isCreated());

		importPlan(PlanScenarios.seedPlan().replace("fiscalYear: 2567", "fiscalYear: 2568")
			.replace("organisation: สำนักงานเขตพื้นที่การศึกษาประถมศึกษาระนอง", "organisation: สำนักงานอื่น")
			.replace("2567-", "2568-"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message", containsString("เป็นรหัสหน่วยงานของหน่วยงานอื่น")));
		assertThat(measures.list(2568)).isEmpty();
	}

	private org.springframework.test.web.servlet.ResultActions importPlan(String yaml) throws Exception {
		return mvc.perform(post("/api/plans").with(admin()).contentType("application/yaml").content(yaml));
	}

	private static RequestPostProcessor admin() {
		return httpBasic("admin", "test-admin-secret");
	}
}
