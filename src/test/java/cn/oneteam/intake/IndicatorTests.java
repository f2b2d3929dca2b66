package cn.oneteam.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import cn.oneteam.shared.ChinaTime;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** 按期结案率 and the other rates per unit (docs/legal/intake.md#indicators), with the published 天门 figures. */
class IndicatorTests extends IntakeTest {

	@Test
	void ratesMatchThePublishedBulletin() {
		// 天门 2016-12: 应结案 972, 结案 911 → 93.72 %; 按期结案 737 → 75.82 %
		UnitIndicators tianmen = new UnitIndicators(1, "天门", 996, 996, 996, 0, 0, 0, 972, 911, 737, 911, 0, 0, 0);
		assertThat(tianmen.closureRate()).isEqualByComparingTo("93.72");
		assertThat(tianmen.onTimeClosureRate()).isEqualByComparingTo("75.82");
		assertThat(tianmen.satisfactionRate()).isNull();
	}

	@Test
	void theUnitsFiguresCountWhatWasDispatchedRepliedReturnedAndRated() throws Exception {
		String matter = freshMatter();
		boundary(matter, "632802", "632802-zhzf", LocalDate.of(2020, 1, 1));
		LocalDate today = ChinaTime.local(OffsetDateTime.now()).toLocalDate();
		JsonNode before = unit(today);
		JsonNode replied = received(matter, "632802003");
		long id = replied.get("id").asLong();
		act("dlh.dispatch", id, "dispatch", Map.of()).andExpect(status().isOk());
		act("dlh.squad", id, "accept", Map.of()).andExpect(status().isOk());
		act("dlh.squad", id, "reply", Map.of("reply", "已处理")).andExpect(status().isOk());
		long returned = received(matter, "632802003").get("id").asLong();
		act("dlh.dispatch", returned, "dispatch", Map.of()).andExpect(status().isOk());
		act("dlh.squad", returned, "return", Map.of("reason", "非本局职责")).andExpect(status().isOk());
		JsonNode after = unit(today);
		assertThat(count(after, "received") - count(before, "received")).isEqualTo(2);
		assertThat(count(after, "accepted") - count(before, "accepted")).isEqualTo(1);
		assertThat(count(after, "replied") - count(before, "replied")).isEqualTo(1);
		assertThat(count(after, "returned") - count(before, "returned")).isEqualTo(1);
		mvc.perform(get("/intake/indicators").with(as("dlh.dispatch"))).andExpect(status().isOk());
	}

	private JsonNode unit(LocalDate today) throws Exception {
		JsonNode units = body(mvc.perform(get("/api/v1/intake/indicators").param("from", today.withDayOfMonth(1).toString())
			.param("to", today.toString()).with(as("dlh.dispatch"))).andExpect(status().isOk()));
		return units.valueStream().filter(u -> u.get("orgId").asLong() == org("632802-zhzf")).findFirst()
			.orElse(json.createObjectNode());
	}

	private static int count(JsonNode unit, String key) {
		return unit.has(key) ? unit.get(key).asInt() : 0;
	}
}
