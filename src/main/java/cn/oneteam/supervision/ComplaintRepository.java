package cn.oneteam.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import cn.oneteam.shared.JurisdictionScope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The complaints table (docs/adr/0033-enforcement-complaints.md). */
@Repository
class ComplaintRepository {

	private static final String IN_SCOPE = "(:nationwide or body_seat like any (:codes))";

	private final JdbcClient jdbc;

	ComplaintRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A complaint as stored, the complainant in clear (masked by the service before anyone sees it). */
	record Row(long id, String trackingNumber, ComplaintChannel channel, @Nullable String hotlineOrder, String name,
			String phone, long bodyId, String bodySeat, @Nullable Long caseId, @Nullable String certificate,
			@Nullable String inspectionCode, String facts, ComplaintState state, LocalDate receivedOn,
			LocalDate acceptDue, @Nullable LocalDate acceptedOn, @Nullable LocalDate concludeDue, boolean extended,
			@Nullable String extensionReason, @Nullable String refusalReason, @Nullable Finding finding,
			@Nullable String answer, @Nullable LocalDate closedOn) {
	}

	record NewRow(String trackingNumber, ComplaintChannel channel, @Nullable String hotlineOrder, String name,
			String phone, long bodyId, String bodySeat, @Nullable Long caseId, @Nullable String certificate,
			@Nullable String inspectionCode, String facts, LocalDate receivedOn, OffsetDateTime receivedAt,
			LocalDate acceptDue) {
	}

	/** Inserts the complaint; empty when a complaint of the same 12345 order is already there. */
	Optional<Long> insert(NewRow r) {
		return jdbc.sql("""
				insert into supervision_complaint (tracking_number, channel, hotline_order, complainant_name,
				  complainant_phone, body_id, body_seat, case_id, certificate, inspection_code, facts, state, received_on,
				  received_at, accept_due)
				values (:tracking, :channel, :order, :name, :phone, :body, :seat, :caseId, :certificate, :code, :facts,
				  'RECEIVED', :receivedOn, :receivedAt, :acceptDue)
				on conflict (hotline_order) do nothing
				returning id""")
			.param("tracking", r.trackingNumber())
			.param("channel", r.channel().name())
			.param("order", r.hotlineOrder())
			.param("name", r.name())
			.param("phone", r.phone())
			.param("body", r.bodyId())
			.param("seat", r.bodySeat())
			.param("caseId", r.caseId())
			.param("certificate", r.certificate())
			.param("code", r.inspectionCode())
			.param("facts", r.facts())
			.param("receivedOn", r.receivedOn())
			.param("receivedAt", r.receivedAt())
			.param("acceptDue", r.acceptDue())
			.query(Long.class)
			.optional();
	}

	Optional<Row> byHotlineOrder(String order) {
		return jdbc.sql("select * from supervision_complaint where hotline_order = ?").param(order)
			.query(ComplaintRepository::row).optional();
	}

	Optional<Row> byTrackingNumber(String trackingNumber) {
		return jdbc.sql("select * from supervision_complaint where tracking_number = ?").param(trackingNumber)
			.query(ComplaintRepository::row).optional();
	}

	Optional<Row> find(long id) {
		return jdbc.sql("select * from supervision_complaint where id = ?").param(id)
			.query(ComplaintRepository::row).optional();
	}

	/** The complaint, locked for a step. */
	Optional<Row> lock(long id) {
		return jdbc.sql("select * from supervision_complaint where id = ? for update").param(id)
			.query(ComplaintRepository::row).optional();
	}

	List<Row> inScope(JurisdictionScope scope, @Nullable Integer year, int limit) {
		return jdbc.sql("select * from supervision_complaint where " + IN_SCOPE
				+ " and (cast(:year as integer) is null or extract(year from received_on) = :year)"
				+ " order by state in ('RECEIVED', 'ACCEPTED') desc, received_on desc, id desc limit :limit")
			.param("nationwide", scope.isNationwide())
			.param("codes", scope.codes().stream().map(c -> c + "%").toArray(String[]::new))
			.param("year", year)
			.param("limit", limit)
			.query(ComplaintRepository::row)
			.list();
	}

	void accept(long id, LocalDate on, LocalDate concludeDue) {
		jdbc.sql("update supervision_complaint set state = 'ACCEPTED', accepted_on = ?, conclude_due = ? where id = ?")
			.params(on, concludeDue, id).update();
	}

	void refuse(long id, LocalDate on, String reason) {
		jdbc.sql("update supervision_complaint set state = 'REFUSED', accepted_on = null, closed_on = ?,"
				+ " refusal_reason = ? where id = ?").params(on, reason, id).update();
	}

	void extend(long id, LocalDate concludeDue, String reason) {
		jdbc.sql("update supervision_complaint set extended = true, conclude_due = ?, extension_reason = ? where id = ?")
			.params(concludeDue, reason, id).update();
	}

	void conclude(long id, LocalDate on, Finding finding, String answer) {
		jdbc.sql("update supervision_complaint set state = 'CONCLUDED', closed_on = ?, finding = ?, answer = ?"
				+ " where id = ?").params(on, finding.name(), answer, id).update();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		String finding = rs.getString("finding");
		return new Row(rs.getLong("id"), rs.getString("tracking_number"),
				ComplaintChannel.valueOf(rs.getString("channel")), rs.getString("hotline_order"),
				rs.getString("complainant_name"), rs.getString("complainant_phone"), rs.getLong("body_id"),
				rs.getString("body_seat"), rs.getObject("case_id", Long.class), rs.getString("certificate"),
				rs.getString("inspection_code"), rs.getString("facts"), ComplaintState.valueOf(rs.getString("state")),
				rs.getObject("received_on", LocalDate.class), rs.getObject("accept_due", LocalDate.class),
				rs.getObject("accepted_on", LocalDate.class), rs.getObject("conclude_due", LocalDate.class),
				rs.getBoolean("extended"), rs.getString("extension_reason"), rs.getString("refusal_reason"),
				finding == null ? null : Finding.valueOf(finding), rs.getString("answer"),
				rs.getObject("closed_on", LocalDate.class));
	}
}
