package cn.oneteam.intake;

import java.time.LocalDate;
import java.util.List;

import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.JurisdictionScope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 争议 of a period by reason and outcome: opened, decided (and by the due day), turned into a boundary, still open —
 * for the indicators, counted over the counties the caller's jurisdiction covers.
 */
@Component
class DisputeFigures {

	private final JdbcClient jdbc;

	DisputeFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The disputes of one reason opened in the period, and what became of them. */
	record Row(Dispute.Reason reason, int opened, int decided, int decidedOnTime, int madeBoundary, int open) {

		/** Decided by the due day, per dispute opened; none when there is nothing to count. */
		public @Nullable Integer onTimePercent() {
			return opened == 0 ? null : decidedOnTime * 100 / opened;
		}
	}

	@Transactional(readOnly = true)
	List<Row> of(LocalDate from, LocalDate to, JurisdictionScope scope) {
		return jdbc.sql("""
				select reason, count(*) as opened, count(decided_at) as decided,
				  count(*) filter (where (decided_at at time zone 'Asia/Shanghai')::date <= decide_due_on) as on_time,
				  count(boundary_id) as boundary, count(*) filter (where decided_at is null) as still_open
				from intake_dispute
				where opened_at >= :from and opened_at < :until
				  and (:nationwide or exists (select 1 from unnest(cast(:codes as varchar[])) s(code)
				    where county_code like s.code || '%'))
				group by reason order by reason""")
			.param("from", from.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime())
			.param("until", to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime())
			.param("nationwide", scope.isNationwide())
			.param("codes", scope.codes().toArray(String[]::new))
			.query((rs, n) -> new Row(Dispute.Reason.valueOf(rs.getString("reason")), rs.getInt("opened"),
					rs.getInt("decided"), rs.getInt("on_time"), rs.getInt("boundary"), rs.getInt("still_open")))
			.list();
	}
}
