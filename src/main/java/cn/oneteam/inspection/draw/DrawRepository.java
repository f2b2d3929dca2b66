package cn.oneteam.inspection.draw;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Draws in PostgreSQL: inserted once, never updated or deleted (a trigger refuses both: V0090). */
@Repository
class DrawRepository {

	private static final TypeReference<List<DrawViews.PublicStratum>> STRATA = new TypeReference<>() {
	};

	private static final TypeReference<List<DrawViews.DrawnSubject>> SUBJECTS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	DrawRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	long insert(@Nullable Long taskId, String name, String reason, OffsetDateTime at, String seed, String sha,
			int inspectorsPerSubject, List<DrawViews.PublicStratum> strata, List<DrawViews.DrawnSubject> subjects,
			String population, long accountId, long organizationId) {
		return jdbc.sql("""
				insert into inspection_draw (task_id, name, reason, drawn_at, seed, population_sha256,
				  inspectors_per_subject, strata, subjects, population, drawn_by_account_id, drawn_by_org_id)
				values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?) returning id""")
			.params(taskId, name, reason, at, seed, sha, inspectorsPerSubject, json.writeValueAsString(strata),
					json.writeValueAsString(subjects), population, accountId, organizationId)
			.query(Long.class)
			.single();
	}

	List<DrawViews.Summary> list(int limit) {
		return jdbc.sql("select id, name, drawn_at, task_id from inspection_draw order by drawn_at desc, id desc limit ?")
			.param(limit)
			.query((rs, i) -> new DrawViews.Summary(rs.getLong("id"), rs.getString("name"),
					rs.getObject("drawn_at", OffsetDateTime.class), taskId(rs)))
			.list();
	}

	/** The draws of a task, newest first. */
	List<DrawViews.Summary> ofTask(long taskId) {
		return jdbc.sql("select id, name, drawn_at, task_id from inspection_draw where task_id = ? order by drawn_at desc, id desc")
			.param(taskId)
			.query((rs, i) -> new DrawViews.Summary(rs.getLong("id"), rs.getString("name"),
					rs.getObject("drawn_at", OffsetDateTime.class), taskId(rs)))
			.list();
	}

	record Stored(DrawViews.PublicDraw published, List<DrawViews.DrawnSubject> subjects) {
	}

	Optional<Stored> find(long id) {
		return jdbc.sql("""
				select id, task_id, name, reason, drawn_at, seed, population_sha256, inspectors_per_subject, strata,
				  subjects from inspection_draw where id = ?""").param(id).query((rs, i) -> {
				List<DrawViews.DrawnSubject> subjects = json.readValue(rs.getString("subjects"), SUBJECTS);
				List<DrawViews.PublicInspectors> inspectors = subjects.stream()
					.map(s -> new DrawViews.PublicInspectors(s.stratum(), DrawEngine.shown(s.subjectCode()), s.eligible(),
							s.inspectors(), s.groups()))
					.toList();
				return new Stored(new DrawViews.PublicDraw(rs.getLong("id"), rs.getString("name"), rs.getString("reason"),
						taskId(rs), rs.getObject("drawn_at", OffsetDateTime.class), rs.getString("seed"),
						rs.getString("population_sha256"), json.readValue(rs.getString("strata"), STRATA),
						rs.getInt("inspectors_per_subject"), inspectors), subjects);
			}).optional();
	}

	Optional<String> population(long id) {
		return jdbc.sql("select population from inspection_draw where id = ?").param(id).query(String.class).optional();
	}

	private static @Nullable Long taskId(ResultSet rs) throws SQLException {
		long taskId = rs.getLong("task_id");
		return rs.wasNull() ? null : taskId;
	}
}
