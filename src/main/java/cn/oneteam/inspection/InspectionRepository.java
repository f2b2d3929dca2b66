package cn.oneteam.inspection;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.oneteam.credit.CreditClass;
import cn.oneteam.subject.SubjectKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Items, plans and tasks in PostgreSQL: items and tasks are never deleted, an item version never changed once published. */
@Repository
class InspectionRepository {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	InspectionRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	// items

	long insertItem(long seriesId, int version, InspectionInputs.Item i, long by, OffsetDateTime at) {
		long id = jdbc.sql("""
				insert into inspection_item (series_id, version, department_id, name, legal_basis, subject_kinds, content,
				  method, key_item, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(seriesId, version, i.departmentId(), i.name().strip(), i.legalBasis().strip(),
					i.subjectKinds().stream().map(Enum::name).distinct().toArray(String[]::new), i.content().strip(),
					i.method().name(), i.keyItem(), by, at)
			.query(Long.class)
			.single();
		if (seriesId == 0) {
			jdbc.sql("update inspection_item set series_id = id where id = ?").param(id).update();
		}
		return id;
	}

	Optional<InspectionItem> item(long id) {
		return jdbc.sql("select * from inspection_item where id = ?").param(id).query(InspectionRepository::item).optional();
	}

	List<InspectionItem> items(Collection<Long> ids) {
		return jdbc.sql("select * from inspection_item where id = any (?) order by id")
			.param(ids.toArray(Long[]::new))
			.query(InspectionRepository::item)
			.list();
	}

	/** Every version of the series, newest first. */
	List<InspectionItem> versions(long seriesId) {
		return jdbc.sql("select * from inspection_item where series_id = ? order by version desc")
			.param(seriesId)
			.query(InspectionRepository::item)
			.list();
	}

	/** The latest version of each series of these departments. */
	List<InspectionItem> latestOf(Collection<Long> departmentIds) {
		return jdbc.sql("""
				select distinct on (series_id) * from inspection_item where department_id = any (?)
				order by series_id, version desc""")
			.param(departmentIds.toArray(Long[]::new))
			.query(InspectionRepository::item)
			.list()
			.stream()
			.sorted(java.util.Comparator.comparingLong(InspectionItem::departmentId).thenComparing(InspectionItem::seriesId))
			.toList();
	}

	boolean publish(long id, long by, OffsetDateTime at) {
		return jdbc.sql("update inspection_item set published_at = ?, published_by = ? where id = ? and published_at is null")
			.params(at, by, id)
			.update() == 1;
	}

	// target tags

	/** False when the subject is tagged to the department already. */
	boolean tag(long departmentId, long subjectId, long by, OffsetDateTime at) {
		return jdbc.sql("""
				insert into inspection_target_tag (department_id, subject_id, tagged_by, tagged_at) values (?, ?, ?, ?)
				on conflict (department_id, subject_id) where untagged_at is null do nothing""")
			.params(departmentId, subjectId, by, at)
			.update() == 1;
	}

	boolean untag(long departmentId, long subjectId, long by, OffsetDateTime at) {
		return jdbc.sql("""
				update inspection_target_tag set untagged_by = ?, untagged_at = ?
				where department_id = ? and subject_id = ? and untagged_at is null""")
			.params(by, at, departmentId, subjectId)
			.update() == 1;
	}

	/** The subjects tagged now to any of the departments. */
	List<Long> tagged(Collection<Long> departmentIds) {
		return jdbc.sql("""
				select distinct subject_id from inspection_target_tag where department_id = any (?) and untagged_at is null""")
			.param(departmentIds.toArray(Long[]::new))
			.query(Long.class)
			.list();
	}

	// plans

	long insertPlan(InspectionInputs.Plan p, long by, OffsetDateTime at) {
		return jdbc.sql("""
				insert into inspection_plan (body_id, year, name, lead_id, department_ids, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(p.bodyId(), p.year(), p.name().strip(), p.leadId(),
					p.departmentIds().stream().distinct().toArray(Long[]::new), by, at)
			.query(Long.class)
			.single();
	}

	Optional<InspectionPlan> plan(long id) {
		return jdbc.sql("select * from inspection_plan where id = ?").param(id).query(InspectionRepository::plan).optional();
	}

	List<InspectionPlan> plans() {
		return jdbc.sql("select * from inspection_plan order by year desc, id desc").query(InspectionRepository::plan).list();
	}

	// tasks

	long insertTask(long planId, InspectionInputs.Task t, long by, OffsetDateTime at) {
		return jdbc.sql("""
				insert into inspection_task (plan_id, name, department_ids, item_ids, subject_kinds, division_code,
				  issuer_codes, strata, window_from, window_until, state, replaces_id, replace_reason, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, 'DRAFT', ?, ?, ?, ?) returning id""")
			.params(planId, t.name().strip(), t.departmentIds().stream().distinct().toArray(Long[]::new),
					t.itemIds().stream().distinct().toArray(Long[]::new),
					t.subjectKinds().stream().map(Enum::name).distinct().toArray(String[]::new),
					cn.oneteam.shared.DivisionCode.of(t.divisionCode()).value(),
					t.issuerCodes().stream().distinct().toArray(String[]::new), strata(t.strata()), t.windowFrom(),
					t.windowUntil(), t.replacesId(), t.reason() == null ? null : t.reason().strip(), by, at)
			.query(Long.class)
			.single();
	}

	boolean updateTask(long id, InspectionInputs.Task t) {
		return jdbc.sql("""
				update inspection_task set name = ?, department_ids = ?, item_ids = ?, subject_kinds = ?, division_code = ?,
				  issuer_codes = ?, strata = ?::jsonb, window_from = ?, window_until = ? where id = ? and state = 'DRAFT'""")
			.params(t.name().strip(), t.departmentIds().stream().distinct().toArray(Long[]::new),
					t.itemIds().stream().distinct().toArray(Long[]::new),
					t.subjectKinds().stream().map(Enum::name).distinct().toArray(String[]::new),
					cn.oneteam.shared.DivisionCode.of(t.divisionCode()).value(),
					t.issuerCodes().stream().distinct().toArray(String[]::new), strata(t.strata()), t.windowFrom(),
					t.windowUntil(), id)
			.update() == 1;
	}

	boolean move(long id, TaskState from, TaskState to, long by, OffsetDateTime at) {
		String approval = to == TaskState.APPROVED ? ", approved_by = :by, approved_at = :at" : "";
		return jdbc.sql("update inspection_task set state = :to" + approval + " where id = :id and state = :from")
			.param("to", to.name())
			.param("by", by)
			.param("at", at)
			.param("id", id)
			.param("from", from.name())
			.update() == 1;
	}

	Optional<InspectionTask> task(long id) {
		return jdbc.sql("select * from inspection_task where id = ?").param(id).query(this::mapTask).optional();
	}

	List<InspectionTask> tasks(long planId) {
		return jdbc.sql("select * from inspection_task where plan_id = ? order by id").param(planId).query(this::mapTask).list();
	}

	private String strata(List<StratumRule> strata) {
		ArrayNode array = json.createArrayNode();
		for (StratumRule s : strata) {
			ObjectNode node = array.addObject();
			node.put("creditClass", s.creditClass().name());
			if (s.ratio() != null) {
				node.put("ratio", s.ratio().toPlainString());
			}
			if (s.count() != null) {
				node.put("count", s.count());
			}
		}
		return json.writeValueAsString(array);
	}

	private InspectionTask mapTask(ResultSet rs, int n) throws SQLException {
		List<StratumRule> strata = new ArrayList<>();
		for (JsonNode node : json.readTree(rs.getString("strata"))) {
			strata.add(new StratumRule(CreditClass.valueOf(node.get("creditClass").asString()),
					node.has("ratio") ? new BigDecimal(node.get("ratio").asString()) : null,
					node.has("count") ? node.get("count").asInt() : null));
		}
		long replaces = rs.getLong("replaces_id");
		return new InspectionTask(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("name"),
				longs(rs.getArray("department_ids")), longs(rs.getArray("item_ids")), kinds(rs.getArray("subject_kinds")),
				rs.getString("division_code"), strings(rs.getArray("issuer_codes")), strata,
				rs.getObject("window_from", LocalDate.class), rs.getObject("window_until", LocalDate.class),
				TaskState.valueOf(rs.getString("state")), rs.wasNull() ? null : replaces, rs.getString("replace_reason"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("approved_at", OffsetDateTime.class));
	}

	private static InspectionItem item(ResultSet rs, int n) throws SQLException {
		return new InspectionItem(rs.getLong("id"), rs.getLong("series_id"), rs.getInt("version"),
				rs.getLong("department_id"), rs.getString("name"), rs.getString("legal_basis"),
				kinds(rs.getArray("subject_kinds")), rs.getString("content"), ItemMethod.valueOf(rs.getString("method")),
				rs.getBoolean("key_item"), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("published_at", OffsetDateTime.class));
	}

	private static InspectionPlan plan(ResultSet rs, int n) throws SQLException {
		return new InspectionPlan(rs.getLong("id"), rs.getLong("body_id"), rs.getInt("year"), rs.getString("name"),
				rs.getLong("lead_id"), longs(rs.getArray("department_ids")),
				rs.getObject("created_at", OffsetDateTime.class));
	}

	private static List<Long> longs(Array array) throws SQLException {
		return Arrays.stream((Long[]) array.getArray()).toList();
	}

	private static List<String> strings(Array array) throws SQLException {
		return Arrays.asList((String[]) array.getArray());
	}

	private static List<SubjectKind> kinds(Array array) throws SQLException {
		return strings(array).stream().map(SubjectKind::valueOf).toList();
	}
}
