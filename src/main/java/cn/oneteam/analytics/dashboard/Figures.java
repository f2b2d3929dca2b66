package cn.oneteam.analytics.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The counters of one line of a dashboard (the whole division, a child division or a body), summed over the period:
 * measure → dimension → count and amount, and the indicators derived from them
 * (docs/adr/0050-dashboards-and-projections.md, "Measures").
 */
public record Figures(Map<String, Map<String, Tally>> measures) {

	/** A count and an amount (yuan for fines, departments for inspections, rating points for whistles). */
	public record Tally(long n, BigDecimal amount) {

		Tally plus(Tally other) {
			return new Tally(n + other.n, amount.add(other.amount));
		}
	}

	/** A share: hits of a sample, in percent with one decimal, none for an empty sample. */
	public record Rate(long hits, long sample) {

		@JsonProperty
		public @Nullable BigDecimal percent() {
			return sample == 0 ? null
					: BigDecimal.valueOf(hits * 100L).divide(BigDecimal.valueOf(sample), 1, RoundingMode.HALF_UP);
		}
	}

	static Figures empty() {
		return new Figures(new TreeMap<>());
	}

	void add(String measure, String dim, Tally tally) {
		measures.computeIfAbsent(measure, m -> new TreeMap<>()).merge(dim, tally, Tally::plus);
	}

	void addAll(Figures other) {
		other.measures.forEach((m, dims) -> dims.forEach((d, t) -> add(m, d, t)));
	}

	/** The count of a measure over all its dimensions. */
	public long count(String measure) {
		return measures.getOrDefault(measure, Map.of()).values().stream().mapToLong(Tally::n).sum();
	}

	/** The count of one dimension of a measure. */
	public long count(String measure, String dim) {
		Tally tally = measures.getOrDefault(measure, Map.of()).get(dim);
		return tally == null ? 0 : tally.n();
	}

	/** The amount of a measure over all its dimensions. */
	public BigDecimal amount(String measure) {
		return measures.getOrDefault(measure, Map.of()).values().stream().map(Tally::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** The share of ON_TIME among the timed steps of a measure. */
	public Rate onTime(String measure) {
		return new Rate(count(measure, "ON_TIME"), count(measure));
	}

	/** The share of ON_TIME among the timed steps of several measures together. */
	Rate onTime(String... measures) {
		long hits = 0;
		long sample = 0;
		for (String measure : measures) {
			hits += count(measure, "ON_TIME");
			sample += count(measure);
		}
		return new Rate(hits, sample);
	}

	// the indicators each dashboard shows

	@JsonProperty
	public long cases() {
		return count("case");
	}

	@JsonProperty
	public Rate filingOnTime() {
		return onTime("case.filing");
	}

	@JsonProperty
	public Rate decisionOnTime() {
		return onTime("case.decision");
	}

	@JsonProperty
	public Rate paymentOnTime() {
		return onTime("case.payment");
	}

	/** Filing, decision and payment together: the rate the bodies are ranked by. */
	@JsonProperty
	public Rate caseOnTime() {
		return onTime("case.filing", "case.decision", "case.payment");
	}

	@JsonProperty
	public BigDecimal finesDecided() {
		return amount("fine.decided");
	}

	@JsonProperty
	public BigDecimal finesCollected() {
		return amount("fine.collected");
	}

	@JsonProperty
	public long events() {
		return count("event.channel");
	}

	@JsonProperty
	public Rate dispatchOnTime() {
		return onTime("event.dispatch");
	}

	@JsonProperty
	public Rate arrivalOnTime() {
		return onTime("event.arrival");
	}

	@JsonProperty
	public Rate replyOnTime() {
		return onTime("event.reply");
	}

	/** 满意 and 基本满意 among the rated events. */
	@JsonProperty
	public Rate satisfaction() {
		return new Rate(count("event.satisfaction", "SATISFIED") + count("event.satisfaction", "BASICALLY_SATISFIED"),
				count("event.satisfaction"));
	}

	/** Replied events the reporter reopened. */
	@JsonProperty
	public Rate reopened() {
		return new Rate(count("event.reopened", "REOPENED"), count("event.reopened"));
	}

	@JsonProperty
	public long whistleSummonses() {
		return count("whistle.summons");
	}

	@JsonProperty
	public Rate whistleReportOnTime() {
		return onTime("whistle.report");
	}

	@JsonProperty
	public Rate whistleResultOnTime() {
		return onTime("whistle.result");
	}

	/** The average township rating (0–100) of the rated responses, none when none was rated. */
	@JsonProperty
	public @Nullable BigDecimal whistleRating() {
		long rated = count("whistle.rating");
		return rated == 0 ? null : amount("whistle.rating").divide(BigDecimal.valueOf(rated), 1, RoundingMode.HALF_UP);
	}

	/** Visits planned or done (not cancelled). */
	@JsonProperty
	public long inspections() {
		return count("inspection.kind");
	}

	/**
	 * 综合查一次: visits a subject was spared because departments inspected together — the departments' inspections
	 * merged into the visits, less the visits.
	 */
	@JsonProperty
	public long inspectionsAvoided() {
		Map<String, Tally> visits = measures.getOrDefault("inspection.visit", Map.of());
		return visits.entrySet().stream().filter(e -> !"CANCELLED".equals(e.getKey()))
			.mapToLong(e -> e.getValue().amount().longValue() - e.getValue().n()).sum();
	}
}
