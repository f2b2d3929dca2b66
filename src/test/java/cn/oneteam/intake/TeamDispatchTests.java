package cn.oneteam.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import cn.oneteam.identity.Accounts;
import cn.oneteam.identity.Role;
import cn.oneteam.organization.NewPerson;
import cn.oneteam.organization.Officers;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.PersonCategory;
import cn.oneteam.shared.JurisdictionScope;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The event goes to the responsible body's stationed group of the township, or the team the dispatcher chooses. */
class TeamDispatchTests extends IntakeTest {

	@Autowired
	Accounts accounts;

	@Autowired
	Officers officers;

	private long team(String orgCode, String kind, String township) {
		return jdbc.sql("""
				select id from team where organization_id = ? and kind = ?
				  and coalesce(township_code, '') = ? order by id limit 1""")
			.params(org(orgCode), kind, township).query(Long.class).single();
	}

	@Test
	void anEventInATownshipWithAStationedGroupGoesToItAndThePageSaysWhy() throws Exception {
		JsonNode event = received(FUMES, "632802003");
		long group = team("632802-zhzf", "STATIONED_GROUP", "632802003");
		assertThat(event.get("assignedOrgId").asLong()).isEqualTo(org("632802-zhzf"));
		assertThat(event.get("teamId").asLong()).isEqualTo(group);

		mvc.perform(get("/intake/events/" + event.get("id").asLong()).with(as("dlh.dispatch")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("火车站街道派驻执法组（该乡镇的派驻执法组）")));
		act("dlh.dispatch", event.get("id").asLong(), "dispatch", Map.of()).andExpect(status().isOk())
			.andExpect(jsonPath("$.teamId").value(group));
	}

	@Test
	void withoutAStationedGroupThereTheDispatcherChoosesAmongTheBodysTeamsOnly() throws Exception {
		JsonNode event = received(FUMES, "632802200");
		long id = event.get("id").asLong();
		assertThat(event.get("assignedOrgId").asLong()).isEqualTo(org("632802-zhzf"));
		assertThat(event.get("teamId").isNull()).isTrue();

		long elsewhere = team("632801-zhzf", "BRIGADE", "");
		act("dlh.dispatch", id, "dispatch", Map.of("team", elsewhere)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("intake.team-elsewhere"));
		assertThat(byTracking(event.get("trackingNumber").asText()).get("state").asText()).isEqualTo("CLASSIFIED");

		long brigade = team("632802-zhzf", "BRIGADE", "");
		act("dlh.dispatch", id, "dispatch", Map.of("team", brigade)).andExpect(status().isOk())
			.andExpect(jsonPath("$.teamId").value(brigade))
			.andExpect(jsonPath("$.state").value("DISPATCHED"));
		mvc.perform(get("/intake/inbox").with(as("dlh.squad")))
			.andExpect(content().string(Matchers.containsString("（调度员指定）")));
	}

	@Test
	void aMemberOfTheTeamWithAnAccountElsewhereSeesAndAcceptsItsEventsOnly() throws Exception {
		long group = team("632802-zhzf", "STATIONED_GROUP", "632802003");
		String username = "t.team." + System.nanoTime();
		actingAs("admin", () -> {
			long account = accounts.open(new Accounts.NewAccount(username, "派驻组队员（测试）", "OneTeam@2026",
					new OrganizationId(org("632802003-gov")), Set.of(Role.OFFICER)), JurisdictionScope.nationwide());
			return officers.register(new NewPerson(new OrganizationId(org("632802-zhzf")), group, "测试队员",
					PersonCategory.AUXILIARY, null, false, false, account, LocalDate.of(2026, 1, 1)),
					JurisdictionScope.nationwide());
		});
		JsonNode ours = received(FUMES, "632802003");
		JsonNode other = received(FUMES, "632802002");
		act("dlh.dispatch", ours.get("id").asLong(), "dispatch", Map.of()).andExpect(status().isOk());
		act("dlh.dispatch", other.get("id").asLong(), "dispatch", Map.of()).andExpect(status().isOk());

		JsonNode inbox = body(mvc.perform(get("/api/v1/intake/inbox").with(as(username))).andExpect(status().isOk()));
		assertThat(inbox.findValuesAsString("trackingNumber")).contains(ours.get("trackingNumber").asText())
			.doesNotContain(other.get("trackingNumber").asText());
		act(username, other.get("id").asLong(), "accept", Map.of()).andExpect(status().isForbidden());
		act(username, ours.get("id").asLong(), "accept", Map.of()).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("ACCEPTED"));
	}
}
