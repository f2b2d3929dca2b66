package cn.oneteam.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.oneteam.IntegrationTest;
import cn.oneteam.inspection.InspectionTasks;
import cn.oneteam.inspection.TaskPopulation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo has published item lists of 德令哈's market and ecology departments and their joint 2027 plan, whose task is
 * approved and has candidates among the demo licensees (docs/adr/0025-inspection-items-and-plans.md).
 */
class DemoInspectionTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InspectionTasks tasks;

	@Test
	void theJointPlanHasAnApprovedTaskOverTheDemoLicensees() {
		List<String> departments = jdbc.sql("""
				select distinct o.code from inspection_item i join organization o on o.id = i.department_id
				where i.legal_basis like '（演示）%' and i.published_at is not null order by o.code""")
			.query(String.class)
			.list();
		assertThat(departments).containsExactly("632802-scjg", "632802-sthj");
		Long plan = jdbc.sql("select id from inspection_plan where name = ? and year = 2027")
			.param(DemoInspections.PLAN_NAME)
			.query(Long.class)
			.single();
		Long task = jdbc.sql("select id from inspection_task where plan_id = ? and state = 'APPROVED'")
			.param(plan)
			.query(Long.class)
			.single();
		long started = System.nanoTime();
		TaskPopulation population = tasks.population(task);
		System.out.printf("demo population: %s in %d ms%n", population.strata().stream()
			.map(s -> s.creditClass() + " " + s.n() + "/" + s.size()).toList(), (System.nanoTime() - started) / 1_000_000);
		assertThat(population.strata()).hasSize(4);
		int candidates = population.strata().stream().mapToInt(TaskPopulation.Stratum::size).sum();
		assertThat(candidates).isGreaterThan(50);
		assertThat(population.strata()).allSatisfy(s -> assertThat(s.n()).isBetween(0, s.size()));
	}
}
