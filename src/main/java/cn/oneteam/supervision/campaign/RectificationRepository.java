package cn.oneteam.supervision.campaign;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.supervision.campaign.Rectification.Answer;
import cn.oneteam.supervision.campaign.Rectification.Source;
import cn.oneteam.supervision.campaign.Rectification.State;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rectification tables (docs/adr/0035-review-campaigns-and-rectification.md). */
@Repository
class RectificationRepository {

	private final JdbcClient jdbc;

	RectificationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Row(long id, long bodyId, String bodySeat, Source source, String sourceRef, String title, LocalDate dueOn,
			State state, OffsetDateTime openedAt, @Nullable LocalDate closedOn, @Nullable String closeNote,
			int reopened) {
	}

	private static final String COLUMNS = """
			id, body_id, body_seat, source, source_ref, title, due_on, state, opened_at, closed_on, close_note, reopened""";

	long insert(long bodyId, String seat, Source source, String ref, String title, LocalDate due, long by, long org,
			OffsetDateTime at) {
		return jdbc.sql("""
				insert into supervision_rectification (body_id, body_seat, source, source_ref, title, due_on, state,
				  opened_by, opened_org, opened_at)
				values (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?) returning id""")
			.params(bodyId, seat, source.name(), ref, title, due, by, org, at)
			.query(Long.class)
			.single();
	}

	Optional<Row> find(long id, boolean lock) {
		return jdbc.sql("select " + COLUMNS + " from supervision_rectification where id = ?" + (lock ? " for update" : ""))
			.param(id)
			.query(RectificationRepository::row)
			.optional();
	}

	/** The tasks of bodies in the scope (a supervisor) or of one body, open ones first, then by due day; at most 500. */
	List<Row> list(@Nullable JurisdictionScope scope, long bodyId) {
		return jdbc.sql("select " + COLUMNS + """
				 from supervision_rectification
				where case when :supervisor then (:nationwide or body_seat like any (:codes)) else body_id = :body end
				order by state = 'CLOSED', due_on, id limit 500""")
			.param("supervisor", scope != null)
			.param("nationwide", scope != null && scope.isNationwide())
			.param("codes", scope == null ? new String[0] : scope.codes().stream().map(c -> c + "%").toArray(String[]::new))
			.param("body", bodyId)
			.query(RectificationRepository::row)
			.list();
	}

	void state(long id, State state) {
		jdbc.sql("update supervision_rectification set state = ? where id = ?").params(state.name(), id).update();
	}

	void close(long id, LocalDate on, @Nullable String note) {
		jdbc.sql("update supervision_rectification set state = 'CLOSED', closed_on = ?, close_note = ? where id = ?")
			.params(on, note, id)
			.update();
	}

	void reopen(long id, LocalDate due) {
		jdbc.sql("""
				update supervision_rectification set state = 'OPEN', due_on = ?, closed_on = null, close_note = null,
				  reopened = reopened + 1 where id = ?""")
			.params(due, id)
			.update();
	}

	long insertAnswer(long id, String done, @Nullable String description, @Nullable String fileName,
			@Nullable String contentType, @Nullable Long size, @Nullable String sha256, byte @Nullable [] bytes, long by,
			OffsetDateTime at) {
		return jdbc.sql("""
				insert into supervision_rectification_answer (rectification_id, what_was_done, evidence_description,
				  file_name, content_type, size, sha256, bytes, answered_by, answered_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(id, done, description, fileName, contentType, size, sha256, bytes, by, at)
			.query(Long.class)
			.single();
	}

	List<Answer> answers(long id) {
		return answersOf(List.of(id)).getOrDefault(id, List.of());
	}

	/** The answers of the tasks, newest first per task, in one query. */
	Map<Long, List<Answer>> answersOf(Collection<Long> ids) {
		Map<Long, List<Answer>> answers = new HashMap<>();
		if (ids.isEmpty()) {
			return answers;
		}
		jdbc.sql("""
				select rectification_id, id, what_was_done, evidence_description, file_name, size, sha256, answered_at
				from supervision_rectification_answer where rectification_id = any(?)
				order by rectification_id, id desc""")
			.param(ids.toArray(Long[]::new))
			.query(rs -> {
				answers.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(new Answer(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
							rs.getObject(6, Long.class), rs.getString(7), rs.getObject(8, OffsetDateTime.class)));
			});
		return answers;
	}

	private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), Source.valueOf(rs.getString(4)), rs.getString(5),
				rs.getString(6), rs.getObject(7, LocalDate.class), State.valueOf(rs.getString(8)),
				rs.getObject(9, OffsetDateTime.class), rs.getObject(10, LocalDate.class), rs.getString(11), rs.getInt(12));
	}

	record File(String name, String contentType, byte[] bytes) {
	}

	Optional<File> file(long id, long answerId) {
		return jdbc.sql("""
				select file_name, content_type, bytes from supervision_rectification_answer
				where rectification_id = ? and id = ? and bytes is not null""")
			.params(id, answerId)
			.query((rs, n) -> new File(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional();
	}
}
