package th.go.ita.measuretracker.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import th.go.ita.measuretracker.support.AppTest;

/** A script writer reads /api/status's filters off the OpenAPI document: each its own optional query parameter. */
@AppTest
class StatusApiDocsTests {

	@Autowired MockMvc mvc;

	@Test
	void eachFilterOfApiStatusIsASeparateOptionalQueryParameter() throws Exception {
		MvcResult result = mvc.perform(get("/v3/api-docs").with(httpBasic("admin", "test-admin-secret"))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		JsonNode parameters = new ObjectMapper().readTree(result.getResponse().getContentAsByteArray())
			.path("paths").path("/api/status").path("get").path("parameters");

		Map<String, JsonNode> byName = new HashMap<>();
		parameters.forEach(parameter -> byName.put(parameter.path("name").asText(), parameter));
		assertThat(byName).containsOnlyKeys("fiscalYear", "quarter", "group", "state", "indicator", "page", "size");
		byName.forEach((name, parameter) -> {
			assertThat(parameter.path("in").asText()).as(name).isEqualTo("query");
			assertThat(parameter.path("required").asBoolean(false)).as(name + " required").isFalse();
			assertThat(parameter.path("schema").path("type").asText()).as(name + " is a single value").isNotEqualTo("object");
		});
		assertThat(byName.get("state").path("schema").path("enum")).as("the states are listed").isNotEmpty();
	}
}
