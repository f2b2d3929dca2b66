package cn.oneteam.inspection.library;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Expertise tags, assistants and the assistants of visits (V0098): added and ended, never deleted. */
@Repository
class LibraryRepository {

	private final JdbcClient jdbc;

	LibraryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The current tags of a department's people: person id → tags in alphabetical order. */
	Map<Long, List<String>> tags(long departmentId) {
		Map<Long, List<String>> tags = new LinkedHashMap<>();
		jdbc.sql("""
				select person_id, tag from inspection_inspector_tag where department_id = ? and ended_at is null
				order by person_id, tag""")
			.param(departmentId)
			.query((rs, i) -> tags.computeIfAbsent(rs.getLong(1), p -> new ArrayList<>()).add(rs.getString(2)))
			.list();
		return tags;
	}

	/** Tags the inspector unless the tag is current (a concurrent tagging included): false when it was. */
	boolean tag(long departmentId, long personId, String tag, long by, OffsetDateTime at) {
		return jdbc.sql("""
				insert into inspection_inspector_tag (department_id, person_id, tag, tagged_by, tagged_at)
				values (?, ?, ?, ?, ?) on conflict do nothing""").params(departmentId, personId, tag, by, at).update() == 1;
	}

	int untag(long departmentId, long personId, String tag, long by, OffsetDateTime at) {
		return jdbc.sql("""
				update inspection_inspector_tag set ended_by = ?, ended_at = ?
				where department_id = ? and person_id = ? and tag = ? and ended_at is null""")
			.params(by, at, departmentId, personId, tag)
			.update();
	}

	long insertAssistant(long departmentId, LibraryInputs.NewAssistant a, long by, OffsetDateTime at) {
		return jdbc.sql("""
				insert into inspection_assistant (department_id, kind, name, organisation, expertise, registered_by,
				  registered_at) values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(departmentId, a.kind().name(), a.name().strip(), a.organisation().strip(), a.expertise().strip(), by,
					at)
			.query(Long.class)
			.single();
	}

	Optional<Assistant> assistant(long id) {
		return jdbc.sql("select * from inspection_assistant where id = ?").param(id).query(LibraryRepository::assistant)
			.optional();
	}

	List<Assistant> assistants(long departmentId) {
		return jdbc.sql("select * from inspection_assistant where department_id = ? order by ended_at nulls first, id")
			.param(departmentId)
			.query(LibraryRepository::assistant)
			.list();
	}

	void endAssistant(long id, long by, OffsetDateTime at) {
		jdbc.sql("update inspection_assistant set ended_by = ?, ended_at = ? where id = ? and ended_at is null")
			.params(by, at, id)
			.update();
	}

	/** Attaches the assistant unless it is (a concurrent attaching included). */
	void attach(long visitId, long assistantId, long by, OffsetDateTime at) {
		jdbc.sql("""
				insert into inspection_visit_assistant (visit_id, assistant_id, added_by, added_at) values (?, ?, ?, ?)
				on conflict do nothing""")
			.params(visitId, assistantId, by, at)
			.update();
	}

	List<VisitAssistant> visitAssistants(long visitId) {
		return jdbc.sql("""
				select a.*, v.visit_id, v.added_by, v.added_at from inspection_visit_assistant v
				join inspection_assistant a on a.id = v.assistant_id where v.visit_id = ? order by v.id""")
			.param(visitId)
			.query((rs, i) -> new VisitAssistant(rs.getLong("visit_id"), assistant(rs, i), rs.getLong("added_by"),
					rs.getObject("added_at", OffsetDateTime.class)))
			.list();
	}

	private static Assistant assistant(ResultSet rs, int n) throws SQLException {
		return new Assistant(rs.getLong("id"), rs.getLong("department_id"), AssistantKind.valueOf(rs.getString("kind")),
				rs.getString("name"), rs.getString("organisation"), rs.getString("expertise"),
				rs.getObject("registered_at", OffsetDateTime.class), rs.getObject("ended_at", OffsetDateTime.class));
	}
}
