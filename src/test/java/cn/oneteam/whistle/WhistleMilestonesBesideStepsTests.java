package cn.oneteam.whistle;

import static cn.oneteam.analytics.StepsBesideMilestones.eachBesideItsStep;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A whistle closed is published in the request, the transaction, that records its closing, announced as
 * {@link WhistleProgressed} (docs/adr/0050-dashboards-and-projections.md, "Kept current").
 */
@RecordApplicationEvents
class WhistleMilestonesBesideStepsTests extends WhistleApiTest {

	@Autowired
	ApplicationEvents events;

	@Test
	void aWhistleConfirmedCameWithItsStep() throws Exception {
		long id = raise(List.of(market()), "").get("id").asLong();
		answer(MARKET, id);
		assertThat(eachBesideItsStep(events, WhistleClosed.class, WhistleClosed::whistleId, WhistleProgressed.class,
				WhistleProgressed::whistleId, () -> act(HEXI, id, "confirm", "")))
			.extracting(WhistleClosed::whistleId)
			.containsExactly(id);
	}
}
