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

	/** The thresholds the organisation's board uses: its own row of a pattern where it has one, else the default. */
	List<Threshold> thresholds(long organizationId) {
		return jdbc.sql("""
				select distinct on (code) * from supervision_alert_threshold
				where organization_id is null or organization_id = ? order by code, organization_id nulls last""")
			.param(organizationId)
			.query(AlertRepository::threshold).list().stream()
			.sorted(java.util.Comparator.comparing(Threshold::code))
			.toList();
	}

	/** The organisation's own row of the pattern, copied from the default the first time it edits it, locked. */
	Optional<Threshold> lock(AlertPattern code, long organizationId) {
		jdbc.sql("""
				insert into supervision_alert_threshold (code, threshold, min_sample, enabled, updated_by, updated_at,
				  organization_id)
				select code, threshold, min_sample, enabled, updated_by, updated_at, ? from supervision_alert_threshold
				where code = ? and organization_id is null
				on conflict (organization_id, code) do nothing""")
			.params(organizationId, code.name()).update();
		return jdbc.sql("select * from supervision_alert_threshold where code = ? and organization_id = ? for update")
			.params(code.name(), organizationId)
			.query(AlertRepository::threshold).optional();
	}

	void update(Threshold before, BigDecimal threshold, int minSample, boolean enabled, long organizationId, long by,
			OffsetDateTime at) {
		jdbc.sql("""
				update supervision_alert_threshold set threshold = ?, min_sample = ?, enabled = ?, updated_by = ?,
				  updated_at = ? where code = ? and organization_id = ?""")
			.params(threshold, minSample, enabled, by, at, before.code().name(), organizationId).update();
		jdbc.sql("""
				insert into supervision_alert_threshold_change (code, threshold_before, threshold_after,
				  min_sample_before, min_sample_after, enabled_before, enabled_after, changed_by, changed_at,
				  organization_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(before.code().name(), before.threshold(), threshold, before.minSample(), minSample,
					before.enabled(), enabled, by, at, organizationId)
			.update();
	}

	/** The organisation's changes (and those of the defaults made before thresholds were per organisation). */
	List<ThresholdChange> changes(long organizationId, int limit) {
		return jdbc.sql("""
				select * from supervision_alert_threshold_change where organization_id = ? or organization_id is null
				order by changed_at desc, id desc limit ?""")
			.params(organizationId, limit)
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
			.query(AlertRepository::action)
			.list();
	}

	/** The questions (ASK) put to the body, the latest first. */
	List<ActionView> questions(long bodyId) {
		return jdbc.sql("""
				select * from supervision_alert_action where kind = 'ASK' and body_id = ?
				order by recorded_at desc, id desc""")
			.param(bodyId)
			.query(AlertRepository::action)
			.list();
	}

	/** A question (ASK), locked for its answer. */
	Optional<ActionView> lockQuestion(long id) {
		return jdbc.sql("select * from supervision_alert_action where id = ? and kind = 'ASK' for update").param(id)
			.query(AlertRepository::action)
			.optional();
	}

	void answer(long id, String answer, long by, OffsetDateTime at) {
		jdbc.sql("""
				update supervision_alert_action set answer = ?, answered_by = ?, answered_at = ?
				where id = ? and answer is null""")
			.params(answer, by, at, id).update();
	}

	private static ActionView action(ResultSet rs, int n) throws SQLException {
		return new ActionView(rs.getLong("id"), AlertPattern.valueOf(rs.getString("pattern")), rs.getLong("body_id"),
				rs.getString("ref_key"), Kind.valueOf(rs.getString("kind")), rs.getString("text"),
				rs.getLong("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class), rs.getString("answer"),
				rs.getObject("answered_by", Long.class), rs.getObject("answered_at", OffsetDateTime.class));
	}

	private static Threshold threshold(ResultSet rs, int n) throws SQLException {
		AlertPattern code = AlertPattern.valueOf(rs.getString("code"));
		return new Threshold(code, code.measure(), AlertBoard.plain(rs.getBigDecimal("threshold")),
				rs.getInt("min_sample"), rs.getBoolean("enabled"), code.measure().lowest(), code.measure().highest(),
				rs.getObject("updated_by", Long.class), rs.getObject("updated_at", OffsetDateTime.class));
	}
}
