package cn.oneteam.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The demo's events reached the states its story tells, through the real service. */
class DemoIntakeTests extends IntakeTest {

	@Test
	void theDemoEventsStandInEveryState() {
		assertThat(state("DEMO-0001")).isEqualTo("RATED");
		assertThat(state("DEMO-0002")).isEqualTo("REPLIED");
		assertThat(state("DEMO-0003")).isEqualTo("DISPATCHED");
		assertThat(state("DEMO-0004")).isEqualTo("ACCEPTED");
		assertThat(state("DEMO-0005")).isEqualTo("RETURNED");
		assertThat(state("DEMO-0008")).isEqualTo("DISPUTED");
		assertThat(state("DEMO-0009")).isEqualTo("CLASSIFIED");
		assertThat(state("DEMO-0011")).isEqualTo("ACCEPTED");
		assertThat(state("DEMO-0012")).isEqualTo("DISPUTED");
		assertThat(jdbc.sql("""
				select count(*) from intake_claim c join intake_event e on e.id = c.event_id
				where e.external_id = 'DEMO-0012' and c.dispute_id is not null""").query(Integer.class).single())
			.isEqualTo(2);
		assertThat(jdbc.sql("select arrived_at is not null and team_id is not null from intake_event "
				+ "where external_id = 'DEMO-0004'").query(Boolean.class).single()).isTrue();
		assertThat(jdbc.sql("select reopen_count from intake_event where external_id = 'DEMO-0011'").query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("""
				select d.boundary_id is not null from intake_dispute d join intake_event e on e.id = d.event_id
				where e.external_id = 'DEMO-0009'""").query(Boolean.class).single()).isTrue();
		assertThat(jdbc.sql("select count(*) from intake_event where channel in ('GRID', 'PUBLIC_PORTAL')")
			.query(Integer.class).single()).isGreaterThanOrEqualTo(2);
	}

	private String state(String orderId) {
		return jdbc.sql("select state from intake_event where channel = 'HOTLINE_12345' and external_id = ?")
			.param(orderId).query(String.class).single();
	}
}
