package cn.oneteam.whistle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import cn.oneteam.organization.Organization;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.Organizations;
import cn.oneteam.region.Division;
import cn.oneteam.region.Regions;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 部门考核 from 吹哨报到: for the whistles raised in a period (Beijing dates, both inclusive), each responder's township
 * ratings and on-time rates, the rating part of its assessment by the configured weight, and each township's whistle
 * rate. A caller sees the responses to whistles of its jurisdiction and its own department's responses.
 */
@Service
public class WhistleScores {

	/** The longest period a score covers: a sanity bound, not a rule. */
	static final int MAX_PERIOD_DAYS = 3660;

	private static final String VISIBLE = """
			w.raised_at >= :from and w.raised_at < :until
			and (s.department_id = :org or :nationwide or exists (select 1 from unnest(cast(:codes as varchar[])) c(code)
			  where w.township_code like c.code || '%'))""";

	private final JdbcClient jdbc;

	private final WhistleSettings settings;

	private final Organizations organizations;

	private final Regions regions;

	private final ObjectProvider<EventCounts> eventCounts;

	private final Clock clock;

	WhistleScores(JdbcClient jdbc, WhistleSettings settings, Organizations organizations, Regions regions,
			ObjectProvider<EventCounts> eventCounts, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.organizations = organizations;
		this.regions = regions;
		this.eventCounts = eventCounts;
		this.clock = clock;
	}

	/**
	 * Scores of the period. With a department and its other score (0–100), that department's combined assessment
	 * score is computed; otherwise each shows its rating part.
	 */
	@Transactional(readOnly = true)
	public Scores scores(LocalDate from, LocalDate to, @Nullable Long department, @Nullable BigDecimal otherScore,
			ScopedPrincipal caller) {
		if (to.isBefore(from) || to.isAfter(from.plusDays(MAX_PERIOD_DAYS))) {
			throw new WhistleViolation(WhistleViolation.BAD_REQUEST, "whistle.period-invalid", from, to,
					MAX_PERIOD_DAYS);
		}
		if (otherScore != null && (otherScore.signum() < 0 || otherScore.compareTo(BigDecimal.valueOf(100)) > 0)) {
			throw new WhistleViolation(WhistleViolation.BAD_REQUEST, "whistle.other-score-out-of-range", otherScore);
		}
		Map<String, Object> params = params(from, to, caller);
		Map<ResponderKind, Integer> weights = settings.weights();
		Map<Long, Map<String, BigDecimal>> averages = dimensionAverages(params);
		List<Scores.DepartmentScore> departments = new ArrayList<>();
		jdbc.sql("""
				select s.department_id, s.responder_kind, count(*) as summoned, count(r.id) as ratings,
				  avg(r.score) as score,
				  count(*) filter (where s.acknowledged_at <= s.report_due_at) as ack_on_time,
				  count(*) filter (where s.acknowledged_at is not null or s.report_due_at < :now) as ack_decided,
				  count(*) filter (where s.arrived_at <= s.arrive_due_at) as arrive_on_time,
				  count(*) filter (where s.arrived_at is not null or s.arrive_due_at < :now) as arrive_decided,
				  count(*) filter (where s.state = 'REPORTED'
				    and cast(s.reported_at at time zone 'Asia/Shanghai' as date) <= s.resolve_due_on) as resolve_on_time,
				  count(*) filter (where s.state = 'REPORTED' or s.resolve_due_on < :today) as resolve_decided
				from whistle_summons s join whistle w on w.id = s.whistle_id
				left join whistle_rating r on r.summons_id = s.id
				where %s
				group by s.department_id, s.responder_kind order by s.department_id""".formatted(VISIBLE))
			.params(params)
			.query(rs -> {
				long id = rs.getLong("department_id");
				ResponderKind kind = ResponderKind.valueOf(rs.getString("responder_kind"));
				BigDecimal score = rs.getBigDecimal("score");
				departments.add(new Scores.DepartmentScore(id, name(id), kind, rs.getLong("summoned"),
						rs.getLong("ratings"), averages.getOrDefault(id, Map.of()),
						new OnTimeRate(rs.getLong("ack_on_time"), rs.getLong("ack_decided")),
						new OnTimeRate(rs.getLong("arrive_on_time"), rs.getLong("arrive_decided")),
						new OnTimeRate(rs.getLong("resolve_on_time"), rs.getLong("resolve_decided")),
						new Assessment(weights.getOrDefault(kind, 0),
								score == null ? null : score.setScale(2, RoundingMode.HALF_UP),
								department != null && department == id ? otherScore : null)));
			});
		return new Scores(from, to, settings.dimensions(), departments, townships(from, to, params));
	}

	private Map<Long, Map<String, BigDecimal>> dimensionAverages(Map<String, Object> params) {
		Map<Long, Map<String, BigDecimal>> averages = new LinkedHashMap<>();
		jdbc.sql("""
				select s.department_id, d.dimension_code, round(avg(d.score), 2) as average
				from whistle_summons s join whistle w on w.id = s.whistle_id
				join whistle_rating r on r.summons_id = s.id join whistle_rating_score d on d.rating_id = r.id
				where %s group by s.department_id, d.dimension_code""".formatted(VISIBLE))
			.params(params)
			.query(rs -> {
				averages.computeIfAbsent(rs.getLong("department_id"), k -> new LinkedHashMap<>())
					.put(rs.getString("dimension_code"), rs.getBigDecimal("average"));
			});
		return averages;
	}

	/**
	 * Per township of the scope: its whistles in the period, the responses acknowledged on time, the average rating it
	 * gave, and the events received where intake tells them.
	 */
	private List<Scores.TownshipRate> townships(LocalDate from, LocalDate to, Map<String, Object> params) {
		EventCounts counts = eventCounts.getIfAvailable(() -> EventCounts.UNKNOWN);
		return jdbc.sql("""
				select w.township_code, count(distinct w.id) as whistles,
				  count(s.id) filter (where s.acknowledged_at <= s.report_due_at) as ack_on_time,
				  count(s.id) filter (where s.acknowledged_at is not null or s.report_due_at < :now) as ack_decided,
				  round(avg(r.score), 2) as rating
				from whistle w join whistle_summons s on s.whistle_id = w.id
				left join whistle_rating r on r.summons_id = s.id
				where w.raised_at >= :from and w.raised_at < :until
				  and (:nationwide or exists (select 1 from unnest(cast(:codes as varchar[])) c(code)
				    where w.township_code like c.code || '%'))
				group by w.township_code order by w.township_code""")
			.params(params)
			.query((rs, n) -> {
				DivisionCode township = DivisionCode.of(rs.getString("township_code"));
				OptionalLong events = counts.received(township, from, to);
				return new Scores.TownshipRate(township.value(),
						regions.find(township).map(Division::name).orElse(township.value()), rs.getLong("whistles"),
						new OnTimeRate(rs.getLong("ack_on_time"), rs.getLong("ack_decided")), rs.getBigDecimal("rating"),
						events.isPresent() ? events.getAsLong() : null);
			})
			.list();
	}

	private Map<String, Object> params(LocalDate from, LocalDate to, ScopedPrincipal caller) {
		JurisdictionScope scope = caller.jurisdiction();
		OffsetDateTime now = OffsetDateTime.now(clock);
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("from", from.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime());
		params.put("until", to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime());
		params.put("org", caller.organizationId());
		params.put("nationwide", scope.isNationwide());
		params.put("codes", scope.codes().toArray(String[]::new));
		params.put("now", now);
		params.put("today", ChinaTime.local(now).toLocalDate());
		return params;
	}

	private String name(long organizationId) {
		return organizations.find(new OrganizationId(organizationId)).map(Organization::name)
			.orElse(String.valueOf(organizationId));
	}
}
