package cn.oneteam.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** 认领: a unit says an event is its own; two claimants, or a claim against a return, make a dispute the county decides. */
class ClaimTests extends IntakeTest {

	private JsonNode dispute(long eventId) throws Exception {
		JsonNode all = body(mvc.perform(get("/api/v1/intake/disputes").with(as("dlh.dispatch"))).andExpect(status().isOk()));
		return all.valueStream().filter(d -> d.get("eventId").asLong() == eventId).reduce((a, b) -> b).orElseThrow();
	}

	@Test
	void aSecondClaimantOpensADisputeListingBothAndTheDecisionAssignsTheEvent() throws Exception {
		JsonNode event = received(FUMES, "632802001");
		long id = event.get("id").asLong();
		assertThat(event.get("assignedOrgId").asLong()).isEqualTo(org("632802001-gov"));

		act("dlh.squad", id, "claim", Map.of("reason", " ")).andExpect(status().isBadRequest());
		act("hexi.dispatch", id, "claim", Map.of("reason", "本街道的事")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("intake.claim-own"));
		act("dlh.squad", id, "claim", Map.of("reason", "油烟直排属执法局集中行使的处罚权")).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("CLASSIFIED"))
			.andExpect(jsonPath("$.assignedOrgId").value(org("632802001-gov")));
		act("dlh.squad", id, "claim", Map.of("reason", "再次认领")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("intake.claim-repeated"));
		mvc.perform(get("/intake/events/" + id).with(as("dlh.dispatch")))
			.andExpect(content().string(Matchers.containsString("认领：油烟直排属执法局集中行使的处罚权")));

		act("dlh.market", id, "claim", Map.of("reason", "餐饮油烟属市场监管")).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("DISPUTED"))
			.andExpect(jsonPath("$.assignedOrgId").isEmpty());
		JsonNode dispute = dispute(id);
		assertThat(dispute.get("reason").asText()).isEqualTo("CLAIMED");
		assertThat(dispute.get("claims")).hasSize(2);
		assertThat(dispute.get("claims").get(0).get("orgId").asLong()).isEqualTo(org("632802-zhzf"));
		assertThat(dispute.get("claims").get(1).get("reason").asText()).isEqualTo("餐饮油烟属市场监管");
		assertThat(dispute.get("detail").asText()).contains("油烟直排属执法局集中行使的处罚权", "餐饮油烟属市场监管");
		mvc.perform(get("/intake/disputes").with(as("dlh.dispatch")))
			.andExpect(content().string(Matchers.containsString("认领：餐饮油烟属市场监管")));

		mvc.perform(post("/api/v1/intake/disputes/" + dispute.get("id").asLong() + "/decision").with(as("dlh.dispatch"))
			.with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("organization", org("632802-zhzf"), "decision", "由执法局办理"))))
			.andExpect(status().isOk());
		JsonNode decided = byTracking(event.get("trackingNumber").asText());
		assertThat(decided.get("state").asText()).isEqualTo("CLASSIFIED");
		assertThat(decided.get("assignedOrgId").asLong()).isEqualTo(org("632802-zhzf"));
	}

	@Test
	void theAssignedUnitReturningWhileAnotherHasClaimedOpensADispute() throws Exception {
		JsonNode event = received(FUMES, "632802003");
		long id = event.get("id").asLong();
		act("dlh.dispatch", id, "dispatch", Map.of()).andExpect(status().isOk());
		act("dlh.market", id, "claim", Map.of("reason", "属食品经营许可范围")).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("DISPATCHED"));
		act("dlh.squad", id, "return", Map.of("reason", "不属本局职责")).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("DISPUTED"))
			.andExpect(jsonPath("$.returnCount").value(1));
		JsonNode dispute = dispute(id);
		assertThat(dispute.get("reason").asText()).isEqualTo("CLAIMED");
		assertThat(dispute.get("detail").asText()).contains("不属本局职责", "属食品经营许可范围");
		assertThat(dispute.get("claims")).hasSize(1);
	}

	@Test
	void aClaimOnAReturnedEventOpensADisputeAndALaterClaimJoinsIt() throws Exception {
		JsonNode event = received(FUMES, "632802003");
		long id = event.get("id").asLong();
		act("dlh.dispatch", id, "dispatch", Map.of()).andExpect(status().isOk());
		act("dlh.squad", id, "return", Map.of("reason", "不属本局职责")).andExpect(jsonPath("$.state").value("RETURNED"));
		act("dlh.market", id, "claim", Map.of("reason", "属本局")).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("DISPUTED"));
		act("dlh.squad", id, "claim", Map.of("reason", "复核后属本局")).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("DISPUTED"));
		assertThat(jdbc.sql("select count(*) from intake_dispute where event_id = ?").param(id).query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(dispute(id).get("claims")).hasSize(2);
	}
}
