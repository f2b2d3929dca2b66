package cn.oneteam.supervision.finding;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import cn.oneteam.shared.JurisdictionScope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The findings table (docs/adr/0038-external-supervisors-and-exams.md). */
@Repository
class FindingRepository {

	private final JdbcClient jdbc;

	FindingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Row(long id, long bodyId, String bodySeat, @Nullable ReferenceKind referenceKind, @Nullable String reference,
			String text, LocalDate observedOn, String recorderName, OffsetDateTime recordedAt, @Nullable String answer,
			@Nullable LocalDate answeredOn) {
	}

	private static final String COLUMNS = """
			select id, body_id, body_seat, reference_kind, reference, text, observed_on, recorder_name, recorded_at,
			  answer, answered_on from supervision_observation""";

	long insert(long bodyId, String bodySeat, @Nullable ReferenceKind kind, @Nullable String reference, String text,
			LocalDate observedOn, long accountId, String recorderName, OffsetDateTime at) {
		return jdbc.sql("""
				insert into supervision_observation (body_id, body_seat, reference_kind, reference, text, observed_on,
				  recorded_by, recorder_name, recorded_at)
				values (:body, :seat, :kind, :reference, :text, :observedOn, :by, :name, :at) returning id""")
			.param("body", bodyId)
			.param("seat", bodySeat)
			.param("kind", kind == null ? null : kind.name())
			.param("reference", reference)
			.param("text", text)
			.param("observedOn", observedOn)
			.param("by", accountId)
			.param("name", recorderName)
			.param("at", at)
			.query(Long.class)
			.single();
	}

	/** The findings about bodies seated within the scope, unanswered first, then the newest; at most {@code limit}. */
	List<Row> inScope(JurisdictionScope scope, int limit) {
		return jdbc.sql(COLUMNS + """
				 where (:nationwide or body_seat like any (:codes))
				order by answer is not null, observed_on desc, id desc limit :limit""")
			.param("nationwide", scope.isNationwide())
			.param("codes", scope.codes().stream().map(c -> c + "%").toArray(String[]::new))
			.param("limit", limit)
			.query(FindingRepository::row)
			.list();
	}

	Optional<Row> find(long id, boolean lock) {
		return jdbc.sql(COLUMNS + " where id = :id" + (lock ? " for update" : ""))
			.param("id", id)
			.query(FindingRepository::row)
			.optional();
	}

	void answer(long id, String answer, long accountId, LocalDate on) {
		jdbc.sql("update supervision_observation set answer = ?, answered_by = ?, answered_on = ? where id = ?")
			.params(answer, accountId, on, id)
			.update();
	}

	/** Whether the body has a complaint of this tracking number (the complaints table of this module). */
	boolean complaintOfBody(String trackingNumber, long bodyId) {
		return jdbc.sql("select count(*) from supervision_complaint where tracking_number = ? and body_id = ?")
			.params(trackingNumber, bodyId)
			.query(Long.class)
			.single() > 0;
	}

	private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		String kind = rs.getString("reference_kind");
		return new Row(rs.getLong("id"), rs.getLong("body_id"), rs.getString("body_seat"),
				kind == null ? null : ReferenceKind.valueOf(kind), rs.getString("reference"), rs.getString("text"),
				rs.getObject("observed_on", LocalDate.class), rs.getString("recorder_name"),
				rs.getObject("recorded_at", OffsetDateTime.class), rs.getString("answer"),
				rs.getObject("answered_on", LocalDate.class));
	}
}
