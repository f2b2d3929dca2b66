package cn.oneteam.supervision.alert;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import cn.oneteam.supervision.alert.AlertViews.ActionView;
import cn.oneteam.supervision.alert.AlertViews.Kind;
import cn.oneteam.supervision.alert.AlertViews.Threshold;
import cn.oneteam.supervision.alert.AlertViews.ThresholdChange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The thresholds, their changes and the actions on alerts (docs/adr/0036-supervisors-alert-board.md). */
@Repository
class AlertRepository {

	private final JdbcClient jdbc;

	AlertRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Threshold> thresholds() {
		return jdbc.sql("select * from supervision_alert_threshold").query(AlertRepository::threshold).list().stream()
			.sorted(java.util.Comparator.comparing(Threshold::code))
			.toList();
	}

	Optional<Threshold> lock(AlertPattern code) {
		return jdbc.sql("select * from supervision_alert_threshold where code = ? for update").param(code.name())
			.query(AlertRepository::threshold).optional();
	}

	void update(Threshold before, BigDecimal threshold, int minSample, boolean enabled, long by, OffsetDateTime at) {
		jdbc.sql("""
				update supervision_alert_threshold set threshold = ?, min_sample = ?, enabled = ?, updated_by = ?,
				  updated_at = ? where code = ?""")
			.params(threshold, minSample, enabled, by, at, before.code().name()).update();
		jdbc.sql("""
				insert into supervision_alert_threshold_change (code, threshold_before, threshold_after,
				  min_sample_before, min_sample_after, enabled_before, enabled_after, changed_by, changed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(before.code().name(), before.threshold(), threshold, before.minSample(), minSample,
					before.enabled(), enabled, by, at)
			.update();
	}

	List<ThresholdChange> changes(int limit) {
		return jdbc.sql("select * from supervision_alert_threshold_change order by changed_at desc, id desc limit ?")
			.param(limit)
			.query((rs, n) -> new ThresholdChange(rs.getLong("id"), AlertPattern.valueOf(rs.getString("code")),
					rs.getBigDecimal("threshold_before"), rs.getBigDecimal("threshold_after"),
					rs.getInt("min_sample_before"), rs.getInt("min_sample_after"), rs.getBoolean("enabled_before"),
					rs.getBoolean("enabled_after"), rs.getLong("changed_by"),
					rs.getObject("changed_at", OffsetDateTime.class)))
			.list();
	}

	long act(AlertPattern pattern, long bodyId, String key, Kind kind, String text, long by, OffsetDateTime at) {
		return jdbc.sql("""
				insert into supervision_alert_action (pattern, body_id, ref_key, kind, text, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(pattern.name(), bodyId, key, kind.name(), text, by, at)
			.query(Long.class)
			.single();
	}

	List<ActionView> actions(AlertPattern pattern, long bodyId) {
		return jdbc.sql("""
				select * from supervision_alert_action where pattern = ? and body_id = ?
				order by recorded_at desc, id desc""")
			.params(pattern.name(), bodyId)
			.query((rs, n) -> new ActionView(rs.getLong("id"), AlertPattern.valueOf(rs.getString("pattern")),
					rs.getLong("body_id"), rs.getString("ref_key"), Kind.valueOf(rs.getString("kind")),
					rs.getString("text"), rs.getLong("recorded_by"),
					rs.getObject("recorded_at", OffsetDateTime.class)))
			.list();
	}

	private static Threshold threshold(ResultSet rs, int n) throws SQLException {
		AlertPattern code = AlertPattern.valueOf(rs.getString("code"));
		return new Threshold(code, code.measure(), AlertBoard.plain(rs.getBigDecimal("threshold")),
				rs.getInt("min_sample"), rs.getBoolean("enabled"), code.measure().lowest(), code.measure().highest(),
				rs.getObject("updated_by", Long.class), rs.getObject("updated_at", OffsetDateTime.class));
	}
}
