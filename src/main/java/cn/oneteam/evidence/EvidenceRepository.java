package cn.oneteam.evidence;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.oneteam.evidence.EvidenceItem.Integrity;
import cn.oneteam.evidence.EvidenceOwner.CollectingOfficer;
import cn.oneteam.shared.ChinaTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Evidence rows, their officers and integrity checks: inserted, never changed (the database refuses it). */
@Repository
class EvidenceRepository {

	private static final String SELECT = """
			select e.*,
			  (select array_agg(o.person_id order by o.position) from evidence_officer o where o.evidence_id = e.id) ids,
			  (select array_agg(o.name order by o.position) from evidence_officer o where o.evidence_id = e.id) names,
			  (select array_agg(o.certificate order by o.position) from evidence_officer o where o.evidence_id = e.id)
			    certificates,
			  c.checked_at, c.intact
			from evidence e
			left join lateral (select checked_at, intact from evidence_check where evidence_id = e.id
			  order by id desc limit 1) c on true
			""";

	private final JdbcClient jdbc;

	EvidenceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A recorded item with where its file is kept. */
	record Kept(EvidenceItem item, String store, String key) {
	}

	long insert(OwnerKind kind, long ownerId, NewEvidence e, List<CollectingOfficer> officers, String contentType,
			EvidenceStore.Stored stored, String store, long uploadedBy, OffsetDateTime at) {
		long id = jdbc.sql("""
				insert into evidence (owner_kind, owner_id, evidence_type, title, source, collected_at, place, latitude,
				  longitude, file_name, content_type, size_bytes, sha256, store, storage_key, uploaded_by, uploaded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(kind.name(), ownerId, e.type().name(), e.title(), e.source(), e.collectedAt(), e.place(),
					e.latitude(), e.longitude(), e.fileName(), contentType, stored.size(), stored.sha256(), store,
					stored.key(), uploadedBy, at)
			.query(Long.class)
			.single();
		for (int i = 0; i < officers.size(); i++) {
			CollectingOfficer o = officers.get(i);
			jdbc.sql("insert into evidence_officer (evidence_id, position, person_id, name, certificate) values (?, ?, ?, ?, ?)")
				.params(id, i + 1, o.personId(), o.name(), o.certificate())
				.update();
		}
		return id;
	}

	void insertCheck(long evidenceId, OffsetDateTime at, @Nullable Long checkedBy, String occasion, boolean intact,
			@Nullable String actualSha256) {
		jdbc.sql("""
				insert into evidence_check (evidence_id, checked_at, checked_by, occasion, intact, actual_sha256)
				values (?, ?, ?, ?, ?, ?)""")
			.params(evidenceId, at, checkedBy, occasion, intact, actualSha256)
			.update();
	}

	Optional<Kept> find(long id) {
		return jdbc.sql(SELECT + " where e.id = ?").param(id).query((rs, n) -> kept(rs)).optional();
	}

	List<Kept> ofOwner(OwnerKind kind, long ownerId) {
		return jdbc.sql(SELECT + " where e.owner_kind = ? and e.owner_id = ? order by e.collected_at, e.id")
			.params(kind.name(), ownerId)
			.query((rs, n) -> kept(rs))
			.list();
	}

	private static Kept kept(ResultSet rs) throws SQLException {
		Boolean intact = rs.getObject("intact", Boolean.class);
		OffsetDateTime checkedAt = rs.getObject("checked_at", OffsetDateTime.class);
		EvidenceItem item = new EvidenceItem(rs.getLong("id"), OwnerKind.valueOf(rs.getString("owner_kind")),
				rs.getLong("owner_id"), EvidenceType.valueOf(rs.getString("evidence_type")), rs.getString("title"),
				rs.getString("source"), ChinaTime.local(rs.getObject("collected_at", OffsetDateTime.class)),
				rs.getString("place"), rs.getObject("latitude", BigDecimal.class),
				rs.getObject("longitude", BigDecimal.class), officers(rs), rs.getString("file_name"),
				rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
				rs.getLong("uploaded_by"), ChinaTime.local(rs.getObject("uploaded_at", OffsetDateTime.class)),
				intact == null ? Integrity.RECEIVED : intact ? Integrity.INTACT : Integrity.ALTERED,
				checkedAt == null ? null : ChinaTime.local(checkedAt));
		return new Kept(item, rs.getString("store"), rs.getString("storage_key"));
	}

	private static List<CollectingOfficer> officers(ResultSet rs) throws SQLException {
		Object[] ids = values(rs.getArray("ids"));
		Object[] names = values(rs.getArray("names"));
		Object[] certificates = values(rs.getArray("certificates"));
		List<CollectingOfficer> officers = new ArrayList<>();
		for (int i = 0; i < ids.length; i++) {
			officers.add(new CollectingOfficer((Long) ids[i], (String) names[i], (String) certificates[i]));
		}
		return officers;
	}

	private static Object[] values(@Nullable Array array) throws SQLException {
		return array == null ? new Object[0] : (Object[]) array.getArray();
	}
}
