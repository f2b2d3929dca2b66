package cn.oneteam.inspection.burden;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.oneteam.IntegrationTest;
import cn.oneteam.inspection.InspectionTasks;
import cn.oneteam.inspection.TaskPopulation;
import cn.oneteam.shared.ScopedPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Figures, not a test of times (docs/adr/0031-inspection-burden.md): the population of the demo county's approved task
 * (德令哈, the demo's joint 2027 plan), timed over repeated rounds after a warm-up; then the demo's burden figures
 * for 2027, as loaded and once that task is drawn (which plans its visits; in this JVM's database only). Not run by the suite (its name does
 * not end in Tests); run it alone: {@code ./mvnw test -Dtest=PopulationBenchmark}.
 */
class PopulationBenchmark extends IntegrationTest {

	@Autowired
	private InspectionTasks tasks;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private InspectionBurden burden;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Test
	void populationOfTheDemoCountysTask() throws Exception {
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

		// the demo's burden figures for 2027 over 德令哈: as loaded, then once the demo task is drawn (in this JVM only)
		System.out.println("BURDEN-DEMO before draw " + figures());
		mvc.perform(post("/api/v1/inspections/draws/tasks/{id}", task).with(as("dlh.officer1")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"演示抽取（基准）\",\"recuseDeclaredConflicts\":false}"))
			.andExpect(status().isCreated());
		System.out.println("BURDEN-DEMO after draw " + figures());
		System.out.println("BURDEN-DEMO alerts " + actingAs("hx.supervisor", () -> burden.alerts(2027, "632802",
				(ScopedPrincipal) users.loadUserByUsername("hx.supervisor"))));
	}

	private BurdenFigures figures() {
		return actingAs("hx.supervisor", () -> burden.figures(2027, "632802",
				(ScopedPrincipal) users.loadUserByUsername("hx.supervisor")));
	}
}
