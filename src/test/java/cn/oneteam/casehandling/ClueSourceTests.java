package cn.oneteam.casehandling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.oneteam.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The clue source is one of {@link ClueSource}'s names, the same strings as before, in the API, on the clue form and in
 * the database; any other value is a 400 naming the field and the names allowed, and nothing is registered.
 */
class ClueSourceTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private ResultActions clue(String partyName, String source) throws Exception {
		return mvc.perform(post("/api/v1/cases/clues").with(as("dlh.officer1"))
			.with(csrf())
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"matter":"HX-CG-009","place":"632802003","partyKind":"ORGANISATION","partyName":"%s",
					 "facts":"露天烧烤","source":"%s","discoveredOn":"2026-11-10"}""".formatted(partyName, source)));
	}

	private long cases(String partyName) {
		return jdbc.sql("select count(*) from penalty_case where party_name = ?").param(partyName).query(Long.class)
			.single();
	}

	@Test
	void aKnownSourceIsStoredAndAnsweredByItsName() throws Exception {
		String party = "（测试）线索来源 " + System.nanoTime();
		clue(party, "HOTLINE_12345").andExpect(status().isCreated()).andExpect(jsonPath("$.source").value("HOTLINE_12345"));
		assertThat(jdbc.sql("select source from penalty_case where party_name = ?").param(party).query(String.class)
			.single()).isEqualTo("HOTLINE_12345");
	}

	@Test
	void anUnknownSourceIsA400NamingTheFieldAndTheNamesAllowed() throws Exception {
		String party = "（测试）线索来源未知 " + System.nanoTime();
		clue(party, "PATROL")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:request.value-unknown"))
			.andExpect(jsonPath("$.errors[0].field").value("source"))
			.andExpect(jsonPath("$.detail").value(allOf(containsString("\"PATROL\""), containsString("\"source\""),
					containsString("INSPECTION, COMPLAINT, HOTLINE_12345, TRANSFER, GRID, OTHER"))));
		assertThat(cases(party)).isZero();
	}

	@Test
	void theClueFormOffersEverySourceWithItsLabel() throws Exception {
		String page = mvc.perform(get("/cases/new").with(as("dlh.officer1")).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (ClueSource source : ClueSource.values()) {
			assertThat(page).contains("value=\"" + source.name() + "\"");
		}
		assertThat(page).contains("12345 热线", "移送", "网格上报");
	}

	@Test
	void theDatabaseTakesTheNamesOnly() {
		assertThatThrownBy(() -> jdbc.sql("update penalty_case set source = 'PATROL' where id = (select min(id) from "
				+ "penalty_case where source is not null)").update())
			.isInstanceOf(DataIntegrityViolationException.class);
	}
}
