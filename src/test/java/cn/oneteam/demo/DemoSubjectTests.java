package cn.oneteam.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import cn.oneteam.IntegrationTest;
import cn.oneteam.shared.CreditCode;
import cn.oneteam.shared.IdNumber;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo has its subjects: about two thousand, marked （演示）, every code valid, on the townships of 德令哈 and
 * 格尔木, and a 德令哈 township's account finds its own and not 格尔木's.
 */
class DemoSubjectTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Test
	void theDemoHasTwoThousandSubjectsWithValidCodesOnRealTownships() {
		List<Map<String, Object>> rows = jdbc.sql("""
				select s.kind, s.code, s.division_code, d.name as township from market_subject s
				left join division d on d.code = s.division_code where s.name like '（演示）%'
				  and s.registered_by_org_id = (select id from organization where code = 'platform')""")
			.query().listOfRows(); // the generated subjects; the demo cases' parties are registered by their bodies
		assertThat(rows).hasSize(DemoSubjects.TOTAL).hasSizeGreaterThanOrEqualTo(3000);
		for (Map<String, Object> row : rows) {
			String code = (String) row.get("code");
			if ("NATURAL_PERSON".equals(row.get("kind"))) {
				assertThatCode(() -> IdNumber.of(code)).doesNotThrowAnyException();
			}
			else {
				CreditCode credit = CreditCode.of(code);
				assertThat(credit.isIndividualBusiness()).isEqualTo("INDIVIDUAL_BUSINESS".equals(row.get("kind")));
			}
			assertThat((String) row.get("division_code")).hasSize(9).matches("63280[12].*");
			assertThat(row.get("township")).isNotNull();
		}
		assertThat(rows).filteredOn(r -> "NATURAL_PERSON".equals(r.get("kind"))).hasSize(DemoSubjects.NATURAL_PERSONS);
		assertThat(rows).filteredOn(r -> ((String) r.get("code")).startsWith("91")).hasSize(DemoSubjects.ENTERPRISES);
	}

	@Test
	void aDelinghaTownshipAccountFindsItsOwnSubjectsAndNotGolmuds() throws Exception {
		String own = jdbc.sql("select name from market_subject where name like '（演示）%' and division_code = '632802001'"
				+ " and kind = 'LEGAL_PERSON' order by id limit 1").query(String.class).single();
		String golmud = jdbc.sql("select name from market_subject where name like '（演示）格尔木市%' order by id limit 1")
			.query(String.class).single();
		JsonNode found = search(own);
		assertThat(found.size()).isPositive();
		for (JsonNode subject : found) {
			assertThat(subject.get("divisionCode").asString()).startsWith("632802001");
		}
		assertThat(found.valueStream().map(s -> s.get("name").asString())).contains(own);
		assertThat(search(golmud).size()).isZero();
		assertThat(search("演示").valueStream().map(s -> s.get("divisionCode").asString()))
			.isNotEmpty().allMatch(d -> d.startsWith("632802001"));
	}

	private JsonNode search(String name) throws Exception {
		return json.readTree(mvc.perform(get("/api/v1/subjects").param("name", name).with(as("hexi.officer1")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}
}
