package cn.oneteam.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import cn.oneteam.supervision.alert.AlertBoardClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Repeated returns of events on the alert board (docs/adr/0036-supervisors-alert-board.md): the threshold is the
 * number of returns of one event; an event returned twice by 德令哈's bureau is among its records at 2 and not at 3,
 * and the bureau's alert stands exactly when an event of its reaches the threshold.
 */
class ReturnAlertPatternTests extends IntakeTest {

	private AlertBoardClient board;

	@BeforeEach
	void client() {
		board = new AlertBoardClient(mvc, json, as("hx.supervisor"));
	}

	@AfterEach
	void restore() throws Exception {
		board.restore();
	}

	@Test
	void anEventReturnedAgainAndAgainAlertsAtTheNumberOfReturns() throws Exception {
		long bureau = org("632802-zhzf");
		String matter = freshMatter();
		boundary(matter, "632802", "632802-zhzf", java.time.LocalDate.of(2020, 1, 1));
		long id = received(matter, "632802003").get("id").asLong();
		act("dlh.dispatch", id, "dispatch", Map.of()).andExpect(status().isOk());
		act("dlh.squad", id, "return", Map.of("reason", "不属于本局职责（预警）")).andExpect(status().isOk());

		board.threshold("REPEATED_RETURNS", "2", 0);
		assertThat(board.records("REPEATED_RETURNS", bureau)).doesNotContain(id); // returned once: below

		act("dlh.dispatch", id, "dispatch", Map.of()).andExpect(status().isOk());
		act("dlh.squad", id, "return", Map.of("reason", "仍不属于本局职责（预警）")).andExpect(status().isOk());
		JsonNode record = board.drillDown("REPEATED_RETURNS", bureau).get("records").valueStream()
			.filter(r -> r.get("id").asLong() == id).findFirst().orElseThrow(); // twice: at the threshold
		assertThat(record.get("href").asString()).isEqualTo("/intake/events/" + id);
		JsonNode alert = board.alert("REPEATED_RETURNS", bureau).orElseThrow();
		assertThat(alert.get("figure").asInt()).isGreaterThanOrEqualTo(2);

		board.threshold("REPEATED_RETURNS", "3", 0);
		List<Long> often = board.records("REPEATED_RETURNS", bureau);
		assertThat(often).doesNotContain(id);
		assertThat(board.alert("REPEATED_RETURNS", bureau).isPresent()).isEqualTo(!often.isEmpty());
	}
}
