package cn.oneteam.platform;

import cn.oneteam.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bad input is refused centrally with a localised 400 problem, before any module or the database sees it
 * (docs/adr/0012-bad-input.md): control characters and lone surrogates in JSON and in parameters, dates outside
 * 1900–2200. Pages get the error page, never a 500.
 */
class BadInputTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private ResultActions clue(String partyName, String facts, String discoveredOn) throws Exception {
		return mvc.perform(post("/api/v1/cases/clues").with(as("dlh.officer1"))
			.with(csrf())
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"matter":"HX-CG-009","place":"632802003","partyKind":"ORGANISATION","partyName":"%s",
					 "facts":"%s","source":"INSPECTION","discoveredOn":"%s"}""".formatted(partyName, facts, discoveredOn)));
	}

	private long cases(String partyPrefix) {
		return jdbc.sql("select count(*) from penalty_case where party_name like ?")
			.param(partyPrefix + "%")
			.query(Long.class)
			.single();
	}

	@Test
	void aNulOrAnotherControlCharacterInJsonIsA400NamingTheField() throws Exception {
		clue("（测试）坏输入一", "a\\u0000b", "2026-11-01")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:request.text-invalid"))
			.andExpect(jsonPath("$.detail").value(allOf(containsString("facts"), containsString("U+0000"))));
		clue("（测试）坏输入一\\u001b[31m", "违法行为", "2026-11-01")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(allOf(containsString("partyName"), containsString("U+001B"))));
		// line breaks and tabs are text
		clue("（测试）坏输入一", "第一行\\r\\n\\t第二行", "2026-11-01").andExpect(status().isCreated());
		assertThat(cases("（测试）坏输入一")).isEqualTo(1);
	}

	@Test
	void aLoneSurrogateIsRefusedNotStoredAsAQuestionMark() throws Exception {
		clue("（测试）坏输入二\\ud800", "违法行为", "2026-11-01")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:request.text-invalid"))
			.andExpect(jsonPath("$.detail").value(containsString("U+D800")));
		clue("（测试）坏输入二", "\\udfff", "2026-11-01").andExpect(status().isBadRequest());
		assertThat(cases("（测试）坏输入二")).isZero();
	}

	@Test
	void datesOutsideTheYears1900To2200AreRefused() throws Exception {
		for (String date : new String[] { "-0001-01-01", "+99999-01-01", "1899-12-31" }) {
			clue("（测试）坏输入三", "违法行为", date)
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.type").value("urn:oneteam:problem:request.date-out-of-range"))
				.andExpect(jsonPath("$.detail").value(allOf(containsString("discoveredOn"), containsString("1900"))));
		}
		assertThat(cases("（测试）坏输入三")).isZero();
		mvc.perform(get("/api/v1/calendar/add-working-days").param("from", "-0001-01-01").param("days", "1")
			.header("Authorization", "Bearer " + ADMIN_TOKEN))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:request.date-out-of-range"));
		mvc.perform(get("/api/v1/calendar/add-working-days").param("from", "2026-09-30").param("days", "1")
			.header("Authorization", "Bearer " + ADMIN_TOKEN))
			.andExpect(status().isOk());
	}

	@Test
	void parametersWithControlCharactersAreRefusedOnTheApiAndOnPages() throws Exception {
		mvc.perform(get("/api/v1/regions/search").param("q", "德令哈\u0000").with(as("admin")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:request.text-invalid"))
			.andExpect(jsonPath("$.title").value("含有不允许的字符"));
		mvc.perform(get("/regions").param("q", "德令哈\u0007").with(as("admin")))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/regions/villages/import").with(as("admin")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"path\": \"/tmp/villages\\u0000.csv\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:request.text-invalid"));
	}

	/** A body without a yes/no field the request needs is a 400 naming the field, not "not valid JSON". */
	@Test
	void aMissingOrNullBooleanIsA400NamingTheField() throws Exception {
		long id = jdbc.sql("select min(id) from penalty_case").query(Long.class).single();
		long measures = jdbc.sql("select count(*) from case_measure").query(Long.class).single();
		String preservation = """
				{"on":"2026-09-03","items":["烧烤架1个"],"reason":"证据可能灭失","officers":[1,2]%s}""";
		for (String rest : new String[] { "", ",\"certificateShown\":null,\"partyPresent\":true",
				",\"partyPresent\":true" }) {
			mvc.perform(post("/api/v1/cases/{id}/preserve-evidence", id).with(as("dlh.officer1")).with(csrf())
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content(preservation.formatted(rest)))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("urn:oneteam:problem:request.field-missing"))
				.andExpect(jsonPath("$.title").value("Required field missing"))
				.andExpect(jsonPath("$.detail").value(containsString("\"certificateShown\"")))
				.andExpect(jsonPath("$.errors[0].field").value("certificateShown"));
		}
		mvc.perform(post("/api/v1/cases/{id}/preserve-evidence", id).with(as("dlh.officer1")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(preservation.formatted(",\"certificateShown\":true")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("缺少必填字段"))
			.andExpect(jsonPath("$.detail").value(containsString("“partyPresent”")));
		// a value of the wrong type is still a malformed body
		mvc.perform(post("/api/v1/cases/{id}/preserve-evidence", id).with(as("dlh.officer1")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(preservation.formatted(",\"certificateShown\":\"maybe\",\"partyPresent\":true")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:request.body-malformed"));
		assertThat(jdbc.sql("select count(*) from case_measure").query(Long.class).single()).isEqualTo(measures);
	}
}
