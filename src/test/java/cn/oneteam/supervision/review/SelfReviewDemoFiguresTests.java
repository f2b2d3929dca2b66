package cn.oneteam.supervision.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.oneteam.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The self-review over the demo's general-procedure cases (docs/adr/0034-scoring-standards-and-self-review.md): the
 * cases the demo closed passed the closing check, so none has a veto finding and each kept its result at closing; the
 * time per case is printed for the closing note (a figure, not asserted).
 */
class SelfReviewDemoFiguresTests extends IntegrationTest {

	@Autowired
	SelfReviews reviews;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemosClosedCasesHaveNoVetoAndKeptTheirScoreAndEveryCaseIsReviewed() {
		List<Long> demo = jdbc.sql("""
				select id from penalty_case where procedure = 'GENERAL' and party_name like '（演示）%' order by id""")
			.query(Long.class).list();
		List<Long> closed = jdbc.sql("""
				select id from penalty_case where procedure = 'GENERAL' and party_name like '（演示）%' and stage = 'CLOSED'
				  and filed_on is not null order by id""")
			.query(Long.class).list();
		assertThat(demo).hasSizeGreaterThan(30);
		assertThat(closed).hasSizeGreaterThanOrEqualTo(3);
		reviews.review(demo.get(0), Locale.SIMPLIFIED_CHINESE); // warm up
		List<Long> nanos = new ArrayList<>();
		for (long id : demo) {
			long started = System.nanoTime();
			SelfReview r = reviews.review(id, Locale.SIMPLIFIED_CHINESE);
			nanos.add(System.nanoTime() - started);
			System.out.println("self-review " + id + " " + r.score() + " " + r.grade() + " vetoes=" + r.vetoes()
					+ " deductions=" + r.deductions().stream().map(d -> d.item() + "-" + d.points() + " " + d.reason()).toList());
			if (closed.contains(id)) {
				assertThat(r.vetoes()).as("case %d closed by the demo", id).isEmpty();
			}
		}
		Map<Long, BigDecimal> kept = reviews.latestScores(closed);
		assertThat(kept.keySet()).containsExactlyInAnyOrderElementsOf(closed);
		List<Long> sorted = nanos.stream().sorted().toList();
		double mean = nanos.stream().mapToLong(Long::longValue).average().orElseThrow() / 1e6;
		double p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6;
		System.out.printf("FIGURE self-review per case over %d demo general cases: mean %.1f ms, p95 %.1f ms%n",
				demo.size(), mean, p95);
	}
}
