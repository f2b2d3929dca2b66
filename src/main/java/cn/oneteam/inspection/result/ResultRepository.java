package cn.oneteam.inspection.result;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.oneteam.calendar.Deadline;
import cn.oneteam.inspection.visit.VisitOutcome;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The results, answers and photos of visits, and the visit's recorded and published states (V0095, V0092). */
@Repository
class ResultRepository {

	/** An item of a visit's parts. */
	record Item(long id, String name, String content) {
	}

	/** An answer as stored. */
	record Answer(Verdict verdict, @Nullable String note) {
	}

	/** A published visit as the public list reads it. */
	record PublishedRow(long id, List<Long> departmentIds, String publicName, LocalDate inspectedOn,
			VisitOutcome outcome, OffsetDateTime publishedAt) {
	}

	/** What the public list is filtered by. */
	record Filter(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String q) {
	}

	private final JdbcClient jdbc;

	ResultRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Locks the visit's row for the rest of the transaction; false when there is none. */
	boolean lockVisit(long visitId) {
		return jdbc.sql("select id from inspection_visit where id = ? for no key update").param(visitId).query(Long.class)
			.optional().isPresent();
	}

	/** The items of all the visit's parts, once each, by id. */
	List<Item> items(long visitId) {
		return jdbc.sql("""
				select i.id, i.name, i.content from inspection_item i
				where i.id in (select unnest(item_ids) from inspection_visit_part where visit_id = ?)
				order by i.id""")
			.param(visitId)
			.query((rs, n) -> new Item(rs.getLong("id"), rs.getString("name"), rs.getString("content")))
			.list();
	}

	boolean markRecorded(long visitId, long by, OffsetDateTime at, boolean withCode, LocalDate inspectedOn,
			VisitOutcome outcome, @Nullable Long caseId, Deadline publishDue) {
		return jdbc.sql("""
				update inspection_visit set state = 'RECORDED', recorded_by = ?, recorded_at = ?, with_code = ?,
				  inspected_on = ?, outcome = ?, case_id = ?, publish_due = ?, publish_due_provisional = ?
				where id = ? and state = 'PLANNED'""")
			.params(by, at, withCode, inspectedOn, outcome.name(), caseId, publishDue.date(), publishDue.provisional(),
					visitId)
			.update() == 1;
	}

	void insertResult(long visitId, String publicName, String subjectKind, boolean afterWindow,
			ResultInputs.@Nullable Location location, byte @Nullable [] signature, @Nullable String signatureSha256,
			ResultInputs.@Nullable Correction correction, @Nullable String matterCode, long by, OffsetDateTime at) {
		jdbc.sql("""
				insert into inspection_result (visit_id, public_name, subject_kind, after_window, latitude, longitude,
				  accuracy_m, signature, signature_sha256, correction_deadline, correction_requirement, matter_code,
				  recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(visitId, publicName, subjectKind, afterWindow, location == null ? null : location.latitude(),
					location == null ? null : location.longitude(), location == null ? null : location.accuracy(),
					signature, signatureSha256, correction == null ? null : correction.deadline(),
					correction == null ? null : correction.requirement().strip(), matterCode, by, at)
			.update();
	}

	void insertAnswer(long visitId, long itemId, Verdict verdict, @Nullable String note) {
		jdbc.sql("insert into inspection_answer (visit_id, item_id, verdict, note) values (?, ?, ?, ?)")
			.params(visitId, itemId, verdict.name(), note)
			.update();
	}

	Map<Long, Answer> answers(long visitId) {
		Map<Long, Answer> answers = new HashMap<>();
		jdbc.sql("select item_id, verdict, note from inspection_answer where visit_id = ?")
			.param(visitId)
			.query((ResultSet rs) -> {
				answers.put(rs.getLong("item_id"), new Answer(Verdict.valueOf(rs.getString("verdict")),
						rs.getString("note")));
			});
		return answers;
	}

	Optional<ResultViews.Recorded> recorded(long visitId) {
		return jdbc.sql("""
				select r.*, v.publish_due_provisional from inspection_result r join inspection_visit v on v.id = r.visit_id
				where r.visit_id = ?""")
			.param(visitId)
			.query((rs, n) -> new ResultViews.Recorded(rs.getBoolean("after_window"),
					rs.getObject("latitude", BigDecimal.class), rs.getObject("longitude", BigDecimal.class),
					rs.getObject("accuracy_m", BigDecimal.class), rs.getString("signature_sha256"),
					rs.getObject("correction_deadline", LocalDate.class), rs.getString("correction_requirement"),
					rs.getString("matter_code"), rs.getBoolean("publish_due_provisional")))
			.optional();
	}

	long insertPhoto(long visitId, String contentType, byte[] content, String sha256, long by, OffsetDateTime at) {
		return jdbc.sql("""
				insert into inspection_photo (visit_id, content_type, size, sha256, content, taken_by, uploaded_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(visitId, contentType, content.length, sha256, content, by, at)
			.query(Long.class)
			.single();
	}

	List<ResultViews.Photo> photos(long visitId) {
		return jdbc.sql("""
				select id, content_type, size, sha256, uploaded_at from inspection_photo where visit_id = ? order by id""")
			.param(visitId)
			.query((rs, n) -> new ResultViews.Photo(rs.getLong("id"), rs.getString("content_type"), rs.getLong("size"),
					rs.getString("sha256"), rs.getObject("uploaded_at", OffsetDateTime.class)))
			.list();
	}

	/** A photo's type and bytes. */
	Optional<Map.Entry<String, byte[]>> photo(long visitId, long photoId) {
		return jdbc.sql("select content_type, content from inspection_photo where visit_id = ? and id = ?")
			.params(visitId, photoId)
			.query((rs, n) -> Map.entry(rs.getString("content_type"), rs.getBytes("content")))
			.optional();
	}

	boolean markPublished(long visitId, OffsetDateTime at) {
		return jdbc.sql("update inspection_visit set state = 'PUBLISHED', published_at = ? where id = ? and state = 'RECORDED'")
			.params(at, visitId)
			.update() == 1;
	}

	/** A recorded visit whose deadline is provisional: its id and the day inspected. */
	record Provisional(long id, LocalDate inspectedOn) {
	}

	/** The recorded visits whose deadline is provisional, locked, by id. */
	List<Provisional> provisionalDeadlines() {
		return jdbc.sql("""
				select id, inspected_on from inspection_visit where state = 'RECORDED' and publish_due_provisional
				order by id for no key update""")
			.query((rs, n) -> new Provisional(rs.getLong("id"), rs.getObject("inspected_on", LocalDate.class)))
			.list();
	}

	/** The deadline counted again; whether it changed. */
	boolean moveDeadline(long visitId, Deadline due) {
		return jdbc.sql("""
				update inspection_visit set publish_due = ?, publish_due_provisional = ?
				where id = ? and (publish_due <> ? or publish_due_provisional <> ?)""")
			.params(due.date(), due.provisional(), visitId, due.date(), due.provisional())
			.update() == 1;
	}

	/** Recorded visits whose deadline is the day or before, locked, by id. */
	List<Long> dueForPublication(LocalDate day, int limit) {
		return jdbc.sql("""
				select id from inspection_visit where state = 'RECORDED' and publish_due <= ?
				order by id limit ? for no key update skip locked""")
			.params(day, limit)
			.query(Long.class)
			.list();
	}

	List<PublishedRow> published(Filter filter, int offset, int limit) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(filter, params);
		params.put("offset", offset);
		params.put("limit", limit);
		return jdbc.sql("""
				select v.id, v.department_ids, r.public_name, r.subject_kind, v.inspected_on, v.outcome, v.published_at
				from inspection_visit v join inspection_result r on r.visit_id = v.id
				""" + where + " order by v.published_at desc, v.id desc offset :offset limit :limit")
			.params(params)
			.query(ResultRepository::publishedRow)
			.list();
	}

	long countPublished(Filter filter) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(filter, params);
		return jdbc.sql("select count(*) from inspection_visit v join inspection_result r on r.visit_id = v.id " + where)
			.params(params)
			.query(Long.class)
			.single();
	}

	/** The items checked at each visit with their answers, by visit. */
	Map<Long, List<Map.Entry<String, Verdict>>> answeredItems(List<Long> visitIds) {
		Map<Long, List<Map.Entry<String, Verdict>>> items = new HashMap<>();
		if (visitIds.isEmpty()) {
			return items;
		}
		jdbc.sql("""
				select a.visit_id, i.name, a.verdict from inspection_answer a join inspection_item i on i.id = a.item_id
				where a.visit_id = any(?) order by a.visit_id, i.id""")
			.param(visitIds.toArray(Long[]::new))
			.query((ResultSet rs) -> {
				items.computeIfAbsent(rs.getLong("visit_id"), v -> new ArrayList<>())
					.add(Map.entry(rs.getString("name"), Verdict.valueOf(rs.getString("verdict"))));
			});
		return items;
	}

	Map<Long, String> organizationNames(List<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		jdbc.sql("select id, name from organization where id = any(?)")
			.param(ids.toArray(Long[]::new))
			.query((ResultSet rs) -> {
				names.put(rs.getLong("id"), rs.getString("name"));
			});
		return names;
	}

	/** The filter as SQL on published visits: the day inspected from/to, words in the public name or a department's. */
	private static String where(Filter filter, Map<String, Object> params) {
		StringBuilder where = new StringBuilder("where v.state = 'PUBLISHED'");
		if (filter.from() != null) {
			where.append(" and v.inspected_on >= :from");
			params.put("from", filter.from());
		}
		if (filter.to() != null) {
			where.append(" and v.inspected_on <= :to");
			params.put("to", filter.to());
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			where.append(" and (strpos(r.public_name, :q) > 0 or exists (select 1 from organization o"
					+ " where o.id = any(v.department_ids) and strpos(o.name, :q) > 0))");
			params.put("q", filter.q().strip());
		}
		return where.toString();
	}

	private static PublishedRow publishedRow(ResultSet rs, int n) throws SQLException {
		return new PublishedRow(rs.getLong("id"), Arrays.asList((Long[]) rs.getArray("department_ids").getArray()),
				rs.getString("public_name"), rs.getObject("inspected_on", LocalDate.class),
				VisitOutcome.valueOf(rs.getString("outcome")), rs.getObject("published_at", OffsetDateTime.class));
	}
}
