package cn.oneteam.whistle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import cn.oneteam.organization.Organization;
import cn.oneteam.shared.ChinaTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The townships' ratings (一事一评) of bodies' responses, for assessments (docs/adr/0039-assessments.md): per body, the
 * ratings of its responses to the whistles raised in a period (Beijing dates, both inclusive, as {@link WhistleScores}
 * counts them) and their mean on the 100-point scale, in one set-based query; and the configured weight of township
 * ratings for the kind of responder a body is ({@code whistle_rating_weight}: 30 % departments, 60 % stationed).
 */
@Service
public class ResponderRatingFigures {

	/** A body's ratings in the period: how many and their mean score (0–100). */
	public record Ratings(long count, BigDecimal meanScore) {
	}

	/** The weight of township ratings in a body's assessment, and the kind of responder it is (none if never summoned). */
	public record Weight(@Nullable String responderKind, int percent) {
	}

	private final JdbcClient jdbc;

	private final WhistleSettings settings;

	ResponderRatingFigures(JdbcClient jdbc, WhistleSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/** Per body of those given that was rated in the period. */
	@Transactional(readOnly = true)
	public Map<Long, Ratings> ratings(Collection<Long> bodyIds, LocalDate from, LocalDate to) {
		if (bodyIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Ratings> ratings = new HashMap<>();
		jdbc.sql("""
				select s.department_id, count(r.id) as ratings, avg(r.score) as score
				from whistle_summons s join whistle w on w.id = s.whistle_id join whistle_rating r on r.summons_id = s.id
				where s.department_id = any(:bodies) and w.raised_at >= :from and w.raised_at < :until
				group by s.department_id""")
			.param("bodies", bodyIds.toArray(Long[]::new))
			.param("from", from.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime())
			.param("until", to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime())
			.query(rs -> {
				ratings.put(rs.getLong(1), new Ratings(rs.getLong(2), rs.getBigDecimal(3).setScale(2,
						RoundingMode.HALF_UP)));
			});
		return ratings;
	}

	/** The weights of township ratings of the bodies, by the kind of responder each is (0 % for one never summoned). */
	@Transactional(readOnly = true)
	public Map<Long, Weight> weights(Collection<Organization> bodies) {
		Map<ResponderKind, Integer> weights = settings.weights();
		Map<Long, Weight> result = new HashMap<>();
		for (Organization body : bodies) {
			result.put(body.id().value(), ResponderKind.of(body)
				.map(k -> new Weight(k.name(), weights.getOrDefault(k, 0)))
				.orElse(new Weight(null, 0)));
		}
		return result;
	}
}
