package cn.oneteam.whistle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import cn.oneteam.organization.BodyType;
import cn.oneteam.supervision.alert.AlertBoardClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Whistles unanswered on the alert board (docs/adr/0036-supervisors-alert-board.md): summonses of a fresh department
 * not acknowledged by their report deadline, just below the threshold and at it; an acknowledgement takes one off,
 * and the overdue clocks stay among the periods overdue.
 */
class WhistleAlertPatternTests extends WhistleApiTest {

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
	void unansweredWhistlesAlertAtTheirCount() throws Exception {
		long department = freshDepartment(BodyType.OWN_POWER);
		String raisedAt = "\"raisedAt\":\"" + OffsetDateTime.now().minusHours(3).truncatedTo(ChronoUnit.SECONDS) + "\"";
		board.threshold("UNANSWERED_WHISTLE", "2", 0);
		long first = raise(List.of(department), raisedAt).get("id").asLong();
		assertThat(board.alert("UNANSWERED_WHISTLE", department)).isEmpty(); // one: just below

		long second = raise(List.of(department), raisedAt).get("id").asLong();
		JsonNode alert = board.alert("UNANSWERED_WHISTLE", department).orElseThrow(); // two: at the threshold
		assertThat(alert.get("figure").asInt()).isEqualTo(2);
		assertThat(board.drillDown("UNANSWERED_WHISTLE", department).get("records").valueStream()
			.map(r -> r.get("href").asString())).containsExactlyInAnyOrder("/whistles/" + first, "/whistles/" + second);

		act(departmentUser(department), first, "acknowledge", "");
		assertThat(board.alert("UNANSWERED_WHISTLE", department)).isEmpty();
		assertThat(board.records("UNANSWERED_WHISTLE", department)).containsExactly(second);
		// the second is still past its report clock: among the periods overdue, whatever the threshold
		assertThat(board.records("OVERDUE_WHISTLE", department)).contains(second);
		assertThat(board.alert("OVERDUE_WHISTLE", department)).isPresent();
	}
}
