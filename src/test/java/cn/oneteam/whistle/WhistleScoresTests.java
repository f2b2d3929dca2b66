package cn.oneteam.whistle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.oneteam.organization.BodyType;
import cn.oneteam.shared.ChinaTime;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/** Scores per department and period: rating averages, on-time rates, weights and the combined score. */
class WhistleScoresTests extends WhistleApiTest {

	@Test
	void ratingsAndOnTimeRatesAggregatePerDepartmentWithItsWeight() throws Exception {
		long department = freshDepartment(BodyType.OWN_POWER);
		long first = raise(List.of(department), "").get("id").asLong();
		long late = raise(List.of(department),
				"\"raisedAt\":\"" + OffsetDateTime.now().minusHours(3).withNano(0) + "\"").get("id").asLong();
		long open = raise(List.of(department), "").get("id").asLong();
		String user = departmentUser(department);
		for (long id : List.of(first, late)) {
			answer(user, id);
			act(HEXI, id, "confirm", "");
		}
		act(HEXI, first, "rate", """
				{"department":%d,"scores":%s}""".formatted(department, scores(5, 5, 4, 4)));
		act(HEXI, late, "rate", """
				{"department":%d,"scores":%s}""".formatted(department, scores(3, 4, 4, 2)));

		JsonNode score = departmentScore(department, "");
		assertThat(score.get("summoned").asInt()).isEqualTo(3);
		assertThat(score.get("ratings").asInt()).isEqualTo(2);
		assertThat(score.get("dimensionAverages").get("SPEED").decimalValue()).isEqualByComparingTo("4.00");
		assertThat(score.get("dimensionAverages").get("SATISFACTION").decimalValue()).isEqualByComparingTo("3.00");
		// (90 + 65) / 2
		assertThat(score.get("assessment").get("ratingScore").decimalValue()).isEqualByComparingTo("77.50");
		assertThat(score.get("assessment").get("weightPercent").asInt()).isEqualTo(30);
		assertThat(score.get("assessment").get("ratingPart").decimalValue()).isEqualByComparingTo("23.25");
		assertThat(score.get("assessment").get("combined").isNull()).isTrue();
		// the open whistle's clocks are still running: not decided yet
		assertThat(score.get("acknowledged").get("onTime").asInt()).isEqualTo(1);
		assertThat(score.get("acknowledged").get("decided").asInt()).isEqualTo(2);
		assertThat(score.get("acknowledged").get("percent").decimalValue()).isEqualByComparingTo("50.0");
		assertThat(score.get("resolved").get("percent").decimalValue()).isEqualByComparingTo("100.0");
		assertThat(open).isPositive();

		JsonNode combined = departmentScore(department, "&department=" + department + "&otherScore=90");
		// 0.3 × 77.5 + 0.7 × 90
		assertThat(combined.get("assessment").get("combined").decimalValue()).isEqualByComparingTo("86.25");
	}

	@Test
	void theWeightOfAStationedBodyIsItsOwnAndConfigurableFromZeroToAHundred() throws Exception {
		long stationed = freshDepartment(BodyType.STATIONED);
		long id = raise(List.of(stationed), "").get("id").asLong();
		answer(departmentUser(stationed), id);
		act(HEXI, id, "confirm", "");
		act(HEXI, id, "rate", """
				{"department":%d,"scores":%s}""".formatted(stationed, scores(4, 4, 4, 4)));
		String other = "&department=" + stationed + "&otherScore=50";
		JsonNode score = departmentScore(stationed, other);
		assertThat(score.get("kind").asText()).isEqualTo("STATIONED");
		assertThat(score.get("assessment").get("weightPercent").asInt()).isEqualTo(60);
		assertThat(score.get("assessment").get("combined").decimalValue()).isEqualByComparingTo("68.00");
		try {
			setWeight(100).andExpect(status().isOk()).andExpect(jsonPath("$.STATIONED").value(100));
			assertThat(departmentScore(stationed, other).get("assessment").get("combined").decimalValue())
				.isEqualByComparingTo("80.00");
			setWeight(0).andExpect(status().isOk());
			assertThat(departmentScore(stationed, other).get("assessment").get("combined").decimalValue())
				.isEqualByComparingTo("50.00");
			setWeight(101).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("whistle.weight-out-of-range"));
			mvc.perform(MockMvcRequestBuilders.put("/api/v1/whistles/weights/STATIONED").with(as(HEXI)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"weightPercent\":90}"))
				.andExpect(status().isForbidden());
		}
		finally {
			setWeight(60).andExpect(status().isOk());
		}
	}

	@Test
	void scoresCoverTheWhistlesOfTheJurisdictionAndTheDepartmentsOwnResponses() throws Exception {
		String today = LocalDate.now(ChinaTime.ZONE).toString();
		long id = raise(List.of(market()), "").get("id").asLong();
		post("gahai.dispatch", "/api/v1/whistles", """
				{"type":"ROUTINE","departments":[%d],"need":"x","place":"632802100","address":"y"}""".formatted(market()))
			.andExpect(status().isCreated());
		JsonNode golmud = body(get("grm.market", "/api/v1/whistles/scores?from=" + today + "&to=" + today));
		assertThat(golmud.get("departments").findValuesAsString("department")).doesNotContain("德令哈市市场监督管理局");
		assertThat(golmud.get("townships").findValuesAsString("township")).noneMatch(t -> t.startsWith("632802"));
		JsonNode gahai = body(get("gahai.dispatch", "/api/v1/whistles/scores?from=" + today + "&to=" + today));
		assertThat(gahai.get("townships").findValuesAsString("township")).containsOnly("632802100");
		JsonNode hexi = body(get(HEXI, "/api/v1/whistles/scores?from=" + today + "&to=" + today));
		assertThat(hexi.get("townships").findValuesAsString("township")).containsOnly("632802001");
		assertThat(hexi.get("townships").get(0).get("whistles").asLong()).isPositive();
		assertThat(hexi.get("townships").get(0).get("events").isNumber()).isTrue(); // counted by intake (WhistleLinkTests)
		assertThat(id).isPositive();
		get(HEXI, "/api/v1/whistles/scores?from=" + today + "&to=2020-01-01").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("whistle.period-invalid"));
	}

	@Test
	void theAdministratorSetsATypeWithinBounds() throws Exception {
		mvc.perform(MockMvcRequestBuilders.put("/api/v1/whistles/types/FLOOD").with(as("admin")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"nameZh":"防汛吹哨","nameEn":"Flood whistle","reportMinutes":15,"arriveMinutes":60,"resolveWorkingDays":2}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.requirement.arriveMinutes").value(60));
		mvc.perform(MockMvcRequestBuilders.put("/api/v1/whistles/types/FLOOD").with(as("admin")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"nameZh":"防汛吹哨","nameEn":"Flood whistle","reportMinutes":15,"arriveMinutes":5000,"resolveWorkingDays":2}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("whistle.requirement-out-of-bounds"));
		JsonNode raised = body(post(HEXI, "/api/v1/whistles", """
				{"type":"FLOOD","departments":[%d],"need":"河道漫溢","place":"632802001","address":"巴音河",
				 "arriveMinutes":45}""".formatted(market())).andExpect(status().isCreated()));
		JsonNode clocks = responder(raised, market()).get("clocks");
		OffsetDateTime at = OffsetDateTime.parse(raised.get("raisedAt").asText());
		assertThat(OffsetDateTime.parse(clocks.get(0).get("dueAt").asText())).isEqualTo(at.plusMinutes(15));
		assertThat(OffsetDateTime.parse(clocks.get(1).get("dueAt").asText())).isEqualTo(at.plusMinutes(45));
	}

	private ResultActions setWeight(int percent) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.put("/api/v1/whistles/weights/STATIONED").with(as("admin"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"weightPercent\":" + percent + "}"));
	}

	private JsonNode departmentScore(long department, String query) throws Exception {
		LocalDate today = LocalDate.now(ChinaTime.ZONE);
		JsonNode scores = body(get(HEXI, "/api/v1/whistles/scores?from=" + today.minusDays(7) + "&to=" + today + query)
			.andExpect(status().isOk()));
		for (JsonNode d : scores.get("departments")) {
			if (d.get("departmentId").asLong() == department) {
				return d;
			}
		}
		throw new AssertionError("no score for " + department);
	}
}
