package cn.oneteam.inspection.burden;

import cn.oneteam.IntegrationTest;
import cn.oneteam.inspection.InspectionTasks;
import cn.oneteam.inspection.TaskPopulation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Figures, not a test of times (docs/adr/0031-inspection-burden.md): the population of the demo county's approved task
 * (德令哈, the demo's joint 2027 plan), timed over repeated rounds after a warm-up. Not run by the suite (its name does
 * not end in Tests); run it alone: {@code ./mvnw test -Dtest=PopulationBenchmark}.
 */
class PopulationBenchmark extends IntegrationTest {

	@Autowired
	private InspectionTasks tasks;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void populationOfTheDemoCountysTask() {
		long task = jdbc.sql("""
				select t.id from inspection_task t join inspection_plan p on p.id = t.plan_id
				 where p.name like '德令哈市2027年度%（演示）' order by t.id limit 1""")
			.query(Long.class)
			.single();
		for (int i = 0; i < 5; i++) {
			tasks.population(task);
		}
		int rounds = 20;
		long start = System.nanoTime();
		TaskPopulation population = null;
		for (int i = 0; i < rounds; i++) {
			population = tasks.population(task);
		}
		double ms = (System.nanoTime() - start) / 1e6 / rounds;
		int size = population.strata().stream().mapToInt(TaskPopulation.Stratum::size).sum();
		System.out.printf("POPULATION-BENCH task=%d candidates=%d rounds=%d mean=%.2f ms%n", task, size, rounds, ms);
	}
}
