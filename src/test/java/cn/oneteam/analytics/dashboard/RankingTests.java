package cn.oneteam.analytics.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The fair ranking (docs/adr/0050-dashboards-and-projections.md, "Fair rankings"): equal rates share a rank and the
 * next rank skips (1, 2, 2, 4), a larger sample first among equals, a sample under the minimum listed apart; bodies
 * are ranked by filing and decision only, payment (the party's) shown apart.
 */
class RankingTests {

	private final Dashboards dashboards = new Dashboards(null, null, null, null, null, 30);

	@Test
	void equalRatesShareARankAndTheNextSkips() {
		List<Dashboard.Line> lines = List.of(line("甲", 27, 30), line("乙", 40, 50), line("丙", 32, 40),
				line("丁", 30, 40), line("戊", 5, 10), line("己", 0, 0));
		Dashboard.Ranking ranking = dashboards.rank("replyOnTime", "divisions", lines, Figures::replyOnTime);
		assertThat(ranking.ranked()).extracting(Dashboard.Ranked::rank).containsExactly(1, 2, 2, 4);
		assertThat(ranking.ranked()).extracting(Dashboard.Ranked::name).containsExactly("甲", "乙", "丙", "丁");
		assertThat(ranking.ranked().get(1).rate().sample()).as("the larger sample first among equals").isEqualTo(50);
		assertThat(ranking.ranked()).extracting(r -> r.rate().percent())
			.containsExactly(new BigDecimal("90.0"), new BigDecimal("80.0"), new BigDecimal("80.0"), new BigDecimal("75.0"));
		assertThat(ranking.tooSmall()).extracting(Dashboard.Ranked::name).containsExactly("戊");
	}

	@Test
	void bodiesAreRankedByFilingAndDecisionNotByThePartysPayment() {
		Figures punctual = Figures.empty();
		punctual.add("case.filing", "ON_TIME", new Figures.Tally(20, BigDecimal.ZERO));
		punctual.add("case.decision", "ON_TIME", new Figures.Tally(20, BigDecimal.ZERO));
		punctual.add("case.payment", "LATE", new Figures.Tally(20, BigDecimal.ZERO));
		Figures late = Figures.empty();
		late.add("case.filing", "LATE", new Figures.Tally(20, BigDecimal.ZERO));
		late.add("case.decision", "ON_TIME", new Figures.Tally(20, BigDecimal.ZERO));
		late.add("case.payment", "ON_TIME", new Figures.Tally(40, BigDecimal.ZERO));
		Dashboard.Ranking ranking = dashboards.rank("caseOnTime", "bodies", List.of(
				new Dashboard.Line("迟", null, 2L, late), new Dashboard.Line("准", null, 1L, punctual)), Figures::caseOnTime);
		assertThat(ranking.ranked()).extracting(Dashboard.Ranked::name).containsExactly("准", "迟");
		assertThat(ranking.ranked().get(0).rate().sample()).isEqualTo(40);
		assertThat(punctual.paymentOnTime().hits()).isZero();
	}

	private static Dashboard.Line line(String name, long onTime, long replied) {
		Figures figures = Figures.empty();
		figures.add("event.reply", "ON_TIME", new Figures.Tally(onTime, BigDecimal.ZERO));
		figures.add("event.reply", "LATE", new Figures.Tally(replied - onTime, BigDecimal.ZERO));
		return new Dashboard.Line(name, name, null, figures);
	}
}
