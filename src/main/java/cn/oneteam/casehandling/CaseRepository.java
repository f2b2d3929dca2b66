package cn.oneteam.casehandling;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.oneteam.casehandling.PenaltyCase.CaseOfficer;
import cn.oneteam.catalog.EnforcementMode;
import cn.oneteam.catalog.PenaltyKind;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Penalty cases and their officers; lists take the caller's scope as bind parameters. */
@Repository
class CaseRepository {

	private final JdbcClient jdbc;

	CaseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(PenaltyCase c, long recordedBy, OffsetDateTime at) {
		long id = jdbc.sql("""
				insert into penalty_case (procedure, stage, matter_code, matter_version, place_code, acting_org_id,
				  name_org_id, enforcement_mode, party_type, party_name, facts, penalty_kinds, fine, form_number,
				  decided_on, archive_due, payment_due, archive_due_provisional, payment_due_provisional, recorded_by,
				  recorded_at, collection_ground, finance_receipt, collection_requested, paid_amount, paid_on)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(c.procedure().name(), c.stage(), c.matterCode(), c.matterVersion(), c.place().value(),
					c.actingOrgId(), c.nameOrgId(), c.mode().name(), c.partyKind().name(), c.partyName(), c.facts(),
					c.penaltyKinds().stream().map(Enum::name).sorted().toArray(String[]::new), c.fine(), c.formNumber(),
					c.decidedOn(), c.archiveDue(), c.paymentDue(), c.archiveDueProvisional(), c.paymentDueProvisional(),
					recordedBy, at,
					c.collection() == null ? null : c.collection().ground().name(),
					c.collection() == null ? null : c.collection().financeReceipt().trim(),
					c.collection() != null && c.collection().requested(), c.collection() == null ? null : c.fine(),
					c.collection() == null ? null : c.decidedOn())
			.query(Long.class)
			.single();
		for (CaseOfficer officer : c.officers()) {
			jdbc.sql("insert into case_officer (case_id, person_id, certificate_no) values (?, ?, ?)")
				.params(id, officer.personId(), officer.certificateNumber())
				.update();
		}
		return id;
	}

	/** Whether a case of either procedure already fined the same party for the same matter and act date (处罚法 §29). */
	boolean sameActFined(String matterCode, String partyName, LocalDate actOn) {
		return jdbc.sql(OneActOneFine.SAME_ACT_FINED).params(0L, matterCode, partyName, actOn).query(Long.class)
			.single() > 0;
	}

	boolean formNumberUsed(String formNumber) {
		return jdbc.sql("select count(*) from penalty_case where form_number = ?").param(formNumber).query(Long.class)
			.single() > 0;
	}

	Optional<PenaltyCase> find(long id) {
		return withOfficers(jdbc.sql("select * from penalty_case where id = ?").param(id).query(this::penaltyCase).list())
			.stream()
			.findFirst();
	}

	/** The cases in the scope; only those transferred to the body when {@code transferredTo} is given. */
	List<PenaltyCase> inScope(JurisdictionScope scope, @Nullable Long transferredTo) {
		return withOfficers(jdbc.sql("""
				select * from penalty_case c where (:nationwide or exists (select 1 from unnest(cast(:codes as varchar[])) s(code)
				  where c.place_code like s.code || '%')) and """ + CaseAccess.condition("c") + """
				 order by decided_on desc, id desc limit 500""")
			.param("nationwide", scope.isNationwide())
			.param("codes", scope.codes().toArray(String[]::new))
			.param("transferredTo", transferredTo)
			.query(this::penaltyCase)
			.list());
	}

	/** Adds the officers of all the cases with one query. */
	private List<PenaltyCase> withOfficers(List<PenaltyCase> cases) {
		if (cases.isEmpty()) {
			return cases;
		}
		Map<Long, List<CaseOfficer>> officers = jdbc.sql("""
				select o.case_id, o.person_id, p.name, o.certificate_no from case_officer o join person p on p.id = o.person_id
				where o.case_id = any(?) order by o.person_id""")
			.param(cases.stream().map(PenaltyCase::id).toArray(Long[]::new))
			.query((r, n) -> Map.entry(r.getLong("case_id"),
					new CaseOfficer(r.getLong("person_id"), r.getString("name"), r.getString("certificate_no"))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return cases.stream()
			.map(c -> new PenaltyCase(c.id(), c.procedure(), c.stage(), c.matterCode(), c.matterVersion(), c.place(),
					c.actingOrgId(), c.nameOrgId(), c.mode(), c.partyKind(), c.partyName(), c.facts(), c.penaltyKinds(),
					c.fine(), c.formNumber(), c.decidedOn(), c.archiveDue(), c.paymentDue(), c.archiveDueProvisional(),
					c.paymentDueProvisional(), officers.getOrDefault(c.id(), List.of()), c.collection()))
			.toList();
	}

	private PenaltyCase penaltyCase(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		Array kinds = rs.getArray("penalty_kinds");
		EnumSet<PenaltyKind> penaltyKinds = EnumSet.noneOf(PenaltyKind.class);
		Arrays.stream((String[]) kinds.getArray()).map(PenaltyKind::valueOf).forEach(penaltyKinds::add);
		return new PenaltyCase(id, PenaltyCase.Procedure.valueOf(rs.getString("procedure")), rs.getString("stage"),
				rs.getString("matter_code"), rs.getInt("matter_version"), new DivisionCode(rs.getString("place_code")),
				rs.getLong("acting_org_id"), rs.getLong("name_org_id"), EnforcementMode.valueOf(rs.getString("enforcement_mode")),
				PartyKind.valueOf(rs.getString("party_type")), rs.getString("party_name"), rs.getString("facts"),
				penaltyKinds, rs.getBigDecimal("fine"), rs.getString("form_number"),
				rs.getObject("decided_on", LocalDate.class), rs.getObject("archive_due", LocalDate.class),
				rs.getObject("payment_due", LocalDate.class), rs.getBoolean("archive_due_provisional"),
				rs.getBoolean("payment_due_provisional"), List.of(),
				collection(rs));
	}

	private static @Nullable OnTheSpotCollection collection(ResultSet rs) throws SQLException {
		String ground = rs.getString("collection_ground");
		return ground == null ? null : new OnTheSpotCollection(OnTheSpotCollection.Ground.valueOf(ground),
				rs.getString("finance_receipt"), rs.getBoolean("collection_requested"));
	}
}
