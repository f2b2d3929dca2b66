package cn.oneteam.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import cn.oneteam.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The empowered subdistricts of the demo have their people: certified officers, a squad head, a head and a reviewer,
 * each a person of the subdistrict's government with an account; and a 河西街道 case went from clue to decision in
 * the subdistrict's own name, its filing and decision approved by its own heads.
 */
class DemoTownshipTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Test
	void theEmpoweredSubdistrictsHaveCertifiedOfficersAndAHead() {
		for (String township : List.of("632802001", "632802002")) {
			List<String> people = jdbc.sql("""
					select a.username from person p join account a on a.id = p.account_id
					join organization o on o.id = p.organization_id
					where o.code = ? and p.category = 'ESTABLISHMENT' order by a.username""")
				.param(township + "-gov").query(String.class).list();
			String prefix = township.equals("632802001") ? "hexi." : "hedong.";
			assertThat(people).containsExactly(prefix + "head", prefix + "legal", prefix + "officer1",
					prefix + "officer2", prefix + "squad");
			long certified = jdbc.sql("""
					select count(distinct p.id) from person p join certificate c on c.person_id = p.id
					join organization o on o.id = p.organization_id
					where o.code = ? and c.valid_from <= current_date and c.valid_to >= current_date""")
				.param(township + "-gov").query(Long.class).single();
			assertThat(certified).isGreaterThanOrEqualTo(2);
		}
	}

	@Test
	void aTownshipCaseGoesFromClueToDecisionInTheTownshipsName() throws Exception {
		long id = jdbc.sql("""
				select c.id from penalty_case c join organization o on o.id = c.acting_org_id
				where o.code = '632802001-gov' and c.procedure = 'GENERAL' and c.party_name like '（演示）%'""")
			.query(Long.class).single();
		JsonNode detail = json.readTree(mvc.perform(get("/api/v1/cases/{id}/procedure", id).with(as("hexi.officer1")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(detail.get("stage").asString()).isEqualTo("DECIDED");
		assertThat(detail.get("decisionNumber").asString()).startsWith("河西综执");
		JsonNode record = json.readTree(mvc.perform(get("/api/v1/cases/{id}/record", id).with(as("hexi.head")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		List<String> actions = record.valueStream().map(e -> e.get("action").asString()).toList();
		assertThat(actions).contains("register-clue", "approved:file", "submit-report", "review-case", "serve-notice",
				"approved:decide");
		// the approvals were given by the subdistrict's own squad head and head
		List<String> approvers = jdbc.sql("""
				select distinct a.username from approval_step s join approval_request r on r.id = s.request_id
				join account a on a.id = s.decided_by where r.case_id = ?""")
			.param(id).query(String.class).list();
		assertThat(approvers).containsExactlyInAnyOrder("hexi.squad", "hexi.head");
	}
}
