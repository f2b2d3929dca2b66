package cn.oneteam.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import cn.oneteam.IntegrationTest;
import cn.oneteam.shared.ChinaTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo tells the inspection story of this year (docs/adr/0028-joint-visits.md to docs/adr/0031-inspection-burden.md):
 * the joint plan's two tasks drawn into visits some of which are joint (more parts than visits), results recorded with
 * the code — one correction ordered — some published and on the public results page, one rated by the company, a
 * targeted visit on a complaint approved by the head, and burden figures that show all of it.
 */
class DemoVisitsTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Clock clock;

	private int year() {
		return LocalDate.now(clock.withZone(ChinaTime.ZONE)).getYear();
	}

	@Test
	void theDemoHasJointRecordedPublishedRatedAndTargetedVisitsOfThisYear() throws Exception {
		int year = year();
		Long plan = jdbc.sql("select id from inspection_plan where name = ? and year = ?")
			.param(DemoVisits.planName(year))
			.param(year)
			.query(Long.class)
			.single();
		assertThat(jdbc.sql("select count(*) from inspection_task where plan_id = ? and state = 'DRAWN'").param(plan)
			.query(Integer.class).single()).isEqualTo(2);
		String ofPlan = "from inspection_visit v where exists (select 1 from inspection_visit_part p join inspection_task t "
				+ "on t.id = p.task_id where p.visit_id = v.id and t.plan_id = " + plan + ")";
		int visits = jdbc.sql("select count(*) " + ofPlan).query(Integer.class).single();
		int parts = jdbc.sql("select count(*) from inspection_visit_part p join inspection_task t on t.id = p.task_id "
				+ "where t.plan_id = ?").param(plan).query(Integer.class).single();
		assertThat(visits).isBetween(10, 40);
		assertThat(parts).isGreaterThan(visits);
		assertThat(jdbc.sql("select count(*) " + ofPlan + " and cardinality(v.department_ids) = 2")
			.query(Integer.class).single()).isPositive();
		assertThat(jdbc.sql("select count(*) " + ofPlan + " and v.state in ('RECORDED', 'PUBLISHED') and v.with_code")
			.query(Integer.class).single()).isGreaterThanOrEqualTo(3);
		assertThat(jdbc.sql("select count(*) " + ofPlan + " and v.outcome = 'CORRECTION_ORDERED'")
			.query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) " + ofPlan + " and v.state = 'PUBLISHED'").query(Integer.class).single())
			.isGreaterThanOrEqualTo(2);
		assertThat(jdbc.sql("select count(*) from inspection_rating r join inspection_visit v on v.id = r.visit_id "
				+ "where v.id in (select v.id " + ofPlan + ")").query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from inspection_visit where kind = 'TARGETED' and trigger = 'COMPLAINT' "
				+ "and reason like '%（演示）' and extract(year from window_from) = ?").param(year)
			.query(Integer.class).single()).isEqualTo(1);

		String page = mvc.perform(get("/public/inspections/results")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		String published = jdbc.sql("select r.public_name from inspection_result r join inspection_visit v "
				+ "on v.id = r.visit_id where v.state = 'PUBLISHED' and v.id in (select v.id " + ofPlan
				+ ") order by v.published_at desc limit 1").query(String.class).single();
		assertThat(page).contains(published);

		JsonNode figures = json.readTree(mvc.perform(get("/api/v1/inspections/burden?year={y}&division=632802", year)
			.with(as("dlh.head"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(figures.get("visits").asInt()).isGreaterThanOrEqualTo(visits);
		assertThat(figures.get("savedByMerging").asInt()).isPositive();
		assertThat(figures.get("recorded").asInt()).isGreaterThanOrEqualTo(3);
		assertThat(figures.get("foundProblem").asInt()).isPositive();
		assertThat(figures.get("targeted").asInt()).isPositive();
		assertThat(figures.get("byDepartment").size()).isGreaterThanOrEqualTo(2);
	}
}
