package cn.oneteam.intake;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import cn.oneteam.shared.ChinaTime;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 吹哨报到 on received events: a township whistles for an event of its own (never of another township), the whistle
 * names the event, and the township's whistle rate counts the events it received.
 */
class WhistleLinkTests extends IntakeTest {

	private static final String HEXI = "hexi.dispatch";

	private ResultActions whistle(long eventId) throws Exception {
		return mvc.perform(post("/api/v1/whistles").with(as(HEXI)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type":"ROUTINE","departments":[%d],"need":"联合处置占道经营","place":"632802001","address":"长江路",
					 "eventId":%d}""".formatted(org("632802-scjg"), eventId)));
	}

	@Test
	void aTownshipWhistlesForItsOwnEventAndItsRateCountsTheEventsItReceived() throws Exception {
		JsonNode event = received("HX-CG-009", "632802001");
		JsonNode elsewhere = received("HX-CG-009", "632802002");
		long id = body(whistle(event.get("id").asLong()).andExpect(status().isCreated())).get("id").asLong();
		JsonNode detail = body(mvc.perform(get("/api/v1/whistles/" + id).with(as(HEXI))).andExpect(status().isOk()));
		assertThat(detail.toString()).contains(event.get("trackingNumber").asString());
		whistle(elsewhere.get("id").asLong()).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("whistle.event-elsewhere"));
		whistle(987_654_321L).andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("whistle.event-unknown"));

		String today = LocalDate.now(ChinaTime.ZONE).toString();
		JsonNode hexi = body(mvc.perform(get("/api/v1/whistles/scores?from=" + today + "&to=" + today).with(as(HEXI))))
			.get("townships").get(0);
		long events = hexi.get("events").asLong();
		assertThat(events).isPositive();
		assertThat(hexi.get("ratePercent").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(
				hexi.get("whistles").asLong() * 100).divide(BigDecimal.valueOf(events), 1, RoundingMode.HALF_UP));
	}
}
