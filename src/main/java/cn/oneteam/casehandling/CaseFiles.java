package cn.oneteam.casehandling;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import cn.oneteam.casehandling.PenaltyCase.CaseOfficer;
import cn.oneteam.catalog.DiscretionTier;
import cn.oneteam.catalog.EnforcementMode;
import cn.oneteam.catalog.PenaltyKind;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loads a general-procedure case under a row lock and saves it whole; the officers assigned are replaced on save. */
@Repository
class CaseFiles {

	private final JdbcClient jdbc;

	private final CaseAccess access;

	CaseFiles(JdbcClient jdbc, CaseAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	long insertClue(CaseFile c, long recordedBy, OffsetDateTime at) {
		return jdbc.sql("""
				insert into penalty_case (procedure, stage, matter_code, matter_version, place_code, acting_org_id,
				  name_org_id, enforcement_mode, party_type, party_name, facts, penalty_kinds, source, discovered_on,
				  act_on, act_ended_on, life_health_harm, party_birth_date, handler_account_id, recorded_by, recorded_at)
				values ('GENERAL', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}', ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(c.stage.name(), c.matterCode, c.matterVersion, c.place.value(), c.actingOrgId, c.nameOrgId,
					c.mode.name(), c.partyKind.name(), c.partyName, c.facts, c.source.name(), c.discoveredOn, c.actOn,
					c.actEndedOn, c.lifeHealthHarm, c.partyBirthDate, c.handlerAccountId, recordedBy, at)
			.query(Long.class)
			.single();
	}

	/**
	 * The case, locked until the transaction ends: 404 when none, 409 when it takes the simple procedure, 403 when it
	 * lies outside the caller's jurisdiction or the caller may not read it ({@link CaseAccess}).
	 */
	CaseFile lock(long id, JurisdictionScope scope) {
		return within(load(id, " for update").orElseThrow(() -> missing(id)), scope);
	}

	/** The case as it stands, without a lock (reading); refused as {@link #lock} is. */
	CaseFile find(long id, JurisdictionScope scope) {
		return within(load(id, "").orElseThrow(() -> missing(id)), scope);
	}

	/**
	 * The case as it stands for a bank or payment platform (罚缴分离, 处罚法 §67): refused outside the caller's
	 * jurisdiction, without the case-reading check — the caller gets the amounts owed, never the file.
	 */
	CaseFile findForPayment(long id, JurisdictionScope scope) {
		CaseFile c = load(id, "").orElseThrow(() -> missing(id));
		requireWithin(c, scope);
		return c;
	}

	/** The case as it stands, whoever asks (the engine's own bookkeeping). */
	Optional<CaseFile> find(long id) {
		return load(id, "");
	}

	private CaseFile within(CaseFile c, JurisdictionScope scope) {
		requireWithin(c, scope);
		access.requireReadable(c.id);
		return c;
	}

	private static void requireWithin(CaseFile c, JurisdictionScope scope) {
		if (!scope.covers(c.place)) {
			throw new CaseViolation(CaseViolation.FORBIDDEN, "case.outside-jurisdiction", List.of(), c.id);
		}
	}

	private CaseViolation missing(long id) {
		boolean simple = jdbc.sql("select count(*) from penalty_case where id = ?").param(id).query(Long.class)
			.single() > 0;
		return simple ? new CaseViolation(CaseViolation.CONFLICT, "case.simple-procedure", List.of(), id)
				: new CaseViolation(CaseViolation.NOT_FOUND, "case.unknown", List.of(), id);
	}

	private Optional<CaseFile> load(long id, String lock) {
		Optional<CaseFile> found = jdbc.sql("select * from penalty_case where id = ? and procedure = 'GENERAL'" + lock)
			.param(id)
			.query(this::caseFile)
			.optional();
		found.ifPresent(c -> c.officers = jdbc.sql("""
				select o.person_id, p.name, o.certificate_no from case_officer o join person p on p.id = o.person_id
				where o.case_id = ? order by o.person_id""")
			.param(id)
			.query((r, n) -> new CaseOfficer(r.getLong("person_id"), r.getString("name"), r.getString("certificate_no")))
			.list());
		return found;
	}

	void save(CaseFile c) {
		int updated = jdbc.sql("""
				update penalty_case set stage = :stage, matter_version = :matterVersion, acting_org_id = :actingOrgId,
				  name_org_id = :nameOrgId, enforcement_mode = :mode, act_on = :actOn, act_ended_on = :actEndedOn,
				  life_health_harm = :lifeHealthHarm, party_birth_date = :birth, party_capacity = :capacity,
				  filed_on = :filedOn, outcome = :outcome,
				  proposed_kinds = :proposedKinds, proposed_fine = :proposedFine, confiscated_value = :confiscated,
				  base_amount = :baseAmount,
				  tier = :tier, circumstances = :circumstances, mitigation_reason = :mitigation,
				  complex_or_major = :complexOrMajor, major_public_interest = :publicInterest, major_rights = :majorRights,
				  multiple_relations = :multipleRelations, review_by_law = :reviewByLaw,
				  legal_review_passed = :legalReviewPassed, case_review_passed = :caseReviewPassed,
				  notice_served_on = :noticeServedOn, notified_kinds = :notifiedKinds, notified_fine = :notifiedFine,
				  hearing_notified = :hearingNotified, party_responded = :responded, party_waived = :waived,
				  hearing_requested = :hearingRequested, hearing_on = :hearingOn, hearing_held = :hearingHeld,
				  collective_on = :collectiveOn, penalty_kinds = :decidedKinds, fine = :decidedFine, decided_on = :decidedOn,
				  decision_number = :decisionNumber, statement_adoption = :statementAdoption,
				  served_on = :servedOn, service_method = :serviceMethod, payment_due = :paymentDue, paid_amount = :paid,
				  paid_on = :paidOn, closed_on = :closedOn, suspended_from_stage = :suspendedFrom,
				  payment_reference = :paymentReference, surcharge_relief = :surchargeRelief,
				  surcharge_paid = :surchargePaid, demand_served_on = :demandServedOn, demand_perform_by = :demandPerformBy,
				  court_applied_on = :courtAppliedOn, enforcement_suspended_on = :enforcementSuspendedOn,
				  lock_version = lock_version + 1
				where id = :id and lock_version = :lockVersion""")
			.param("stage", c.stage.name())
			.param("matterVersion", c.matterVersion)
			.param("actingOrgId", c.actingOrgId)
			.param("nameOrgId", c.nameOrgId)
			.param("mode", c.mode.name())
			.param("actOn", c.actOn)
			.param("actEndedOn", c.actEndedOn)
			.param("lifeHealthHarm", c.lifeHealthHarm)
			.param("birth", c.partyBirthDate)
			.param("capacity", c.partyCapacity.name())
			.param("filedOn", c.filedOn)
			.param("outcome", c.outcome == null ? null : c.outcome.name())
			.param("proposedKinds", names(c.proposedKinds))
			.param("proposedFine", c.proposedFine)
			.param("confiscated", c.confiscatedValue)
			.param("baseAmount", c.baseAmount)
			.param("tier", c.tier == null ? null : c.tier.name())
			.param("circumstances", new TreeSet<>(c.circumstances).toArray(String[]::new))
			.param("mitigation", c.mitigationReason)
			.param("complexOrMajor", c.complexOrMajor)
			.param("publicInterest", c.majorPublicInterest)
			.param("majorRights", c.majorRights)
			.param("multipleRelations", c.multipleRelations)
			.param("reviewByLaw", c.reviewByLaw)
			.param("legalReviewPassed", c.legalReviewPassed)
			.param("caseReviewPassed", c.caseReviewPassed)
			.param("noticeServedOn", c.noticeServedOn)
			.param("notifiedKinds", names(c.notifiedKinds))
			.param("notifiedFine", c.notifiedFine)
			.param("hearingNotified", c.hearingNotified)
			.param("responded", c.partyResponded)
			.param("waived", c.partyWaived)
			.param("hearingRequested", c.hearingRequested)
			.param("hearingOn", c.hearingOn)
			.param("hearingHeld", c.hearingHeld)
			.param("collectiveOn", c.collectiveOn)
			.param("decidedKinds", names(c.decidedKinds))
			.param("decidedFine", c.decidedFine)
			.param("decidedOn", c.decidedOn)
			.param("decisionNumber", c.decisionNumber)
			.param("statementAdoption", c.statementAdoption)
			.param("servedOn", c.servedOn)
			.param("serviceMethod", c.serviceMethod)
			.param("paymentDue", c.paymentDue)
			.param("paid", c.paidAmount)
			.param("paidOn", c.paidOn)
			.param("closedOn", c.closedOn)
			.param("suspendedFrom", c.suspendedFromStage == null ? null : c.suspendedFromStage.name())
			.param("paymentReference", c.paymentReference)
			.param("surchargeRelief", c.surchargeRelief)
			.param("surchargePaid", c.surchargePaid)
			.param("demandServedOn", c.demandServedOn)
			.param("demandPerformBy", c.demandPerformBy)
			.param("courtAppliedOn", c.courtAppliedOn)
			.param("enforcementSuspendedOn", c.enforcementSuspendedOn)
			.param("id", c.id)
			.param("lockVersion", c.lockVersion)
			.update();
		if (updated != 1) {
			throw new IllegalStateException("case " + c.id + " changed concurrently");
		}
		c.lockVersion++;
	}

	void assignOfficers(long caseId, List<CaseOfficer> officers) {
		jdbc.sql("delete from case_officer where case_id = ?").param(caseId).update();
		for (CaseOfficer officer : officers) {
			jdbc.sql("insert into case_officer (case_id, person_id, certificate_no) values (?, ?, ?)")
				.params(caseId, officer.personId(), officer.certificateNumber())
				.update();
		}
	}

	/**
	 * Whether another case, by either procedure, already fined the same party for the same matter and act date
	 * (处罚法 §29; {@link OneActOneFine#SAME_ACT_FINED}).
	 */
	boolean sameActFinedElsewhere(CaseFile c) {
		return jdbc.sql(OneActOneFine.SAME_ACT_FINED)
			.params(c.id, c.matterCode, c.partyName, c.actOn)
			.query(Long.class)
			.single() > 0;
	}

	private static String[] names(Set<PenaltyKind> kinds) {
		return kinds.stream().map(Enum::name).sorted().toArray(String[]::new);
	}

	private static Set<PenaltyKind> kinds(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		EnumSet<PenaltyKind> kinds = EnumSet.noneOf(PenaltyKind.class);
		Arrays.stream((String[]) array.getArray()).map(PenaltyKind::valueOf).forEach(kinds::add);
		return kinds;
	}

	private static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	private CaseFile caseFile(ResultSet rs, int row) throws SQLException {
		CaseFile c = new CaseFile();
		c.id = rs.getLong("id");
		c.stage = CaseStage.valueOf(rs.getString("stage"));
		c.matterCode = rs.getString("matter_code");
		c.matterVersion = rs.getInt("matter_version");
		c.place = new DivisionCode(rs.getString("place_code"));
		c.actingOrgId = rs.getLong("acting_org_id");
		c.nameOrgId = rs.getLong("name_org_id");
		c.mode = EnforcementMode.valueOf(rs.getString("enforcement_mode"));
		c.partyKind = PartyKind.valueOf(rs.getString("party_type"));
		c.partyName = rs.getString("party_name");
		c.facts = rs.getString("facts");
		c.source = rs.getString("source") == null ? null : ClueSource.valueOf(rs.getString("source"));
		c.discoveredOn = date(rs, "discovered_on");
		c.actOn = date(rs, "act_on");
		c.actEndedOn = date(rs, "act_ended_on");
		c.lifeHealthHarm = rs.getBoolean("life_health_harm");
		c.partyBirthDate = date(rs, "party_birth_date");
		c.partyCapacity = MentalCapacity.valueOf(rs.getString("party_capacity"));
		c.filedOn = date(rs, "filed_on");
		long handler = rs.getLong("handler_account_id");
		c.handlerAccountId = rs.wasNull() ? null : handler;
		String outcome = rs.getString("outcome");
		c.outcome = outcome == null ? null : CaseOutcome.valueOf(outcome);
		c.proposedKinds = kinds(rs, "proposed_kinds");
		c.proposedFine = rs.getBigDecimal("proposed_fine");
		c.confiscatedValue = rs.getBigDecimal("confiscated_value");
		c.baseAmount = rs.getBigDecimal("base_amount");
		String tier = rs.getString("tier");
		c.tier = tier == null ? null : DiscretionTier.valueOf(tier);
		c.circumstances = Set.of((String[]) rs.getArray("circumstances").getArray());
		c.mitigationReason = rs.getString("mitigation_reason");
		c.complexOrMajor = rs.getBoolean("complex_or_major");
		c.majorPublicInterest = rs.getBoolean("major_public_interest");
		c.majorRights = rs.getBoolean("major_rights");
		c.multipleRelations = rs.getBoolean("multiple_relations");
		c.reviewByLaw = rs.getBoolean("review_by_law");
		c.legalReviewPassed = rs.getBoolean("legal_review_passed");
		c.caseReviewPassed = rs.getBoolean("case_review_passed");
		c.noticeServedOn = date(rs, "notice_served_on");
		c.notifiedKinds = kinds(rs, "notified_kinds");
		c.notifiedFine = rs.getBigDecimal("notified_fine");
		c.hearingNotified = rs.getBoolean("hearing_notified");
		c.partyResponded = rs.getBoolean("party_responded");
		c.partyWaived = rs.getBoolean("party_waived");
		c.hearingRequested = rs.getBoolean("hearing_requested");
		c.hearingOn = date(rs, "hearing_on");
		c.hearingHeld = rs.getBoolean("hearing_held");
		c.collectiveOn = date(rs, "collective_on");
		c.decidedKinds = kinds(rs, "penalty_kinds");
		c.decidedFine = rs.getBigDecimal("fine");
		c.decidedOn = date(rs, "decided_on");
		c.decisionNumber = rs.getString("decision_number");
		c.statementAdoption = rs.getString("statement_adoption");
		c.servedOn = date(rs, "served_on");
		c.serviceMethod = rs.getString("service_method");
		c.paymentDue = date(rs, "payment_due");
		c.paidAmount = rs.getBigDecimal("paid_amount");
		c.paidOn = date(rs, "paid_on");
		c.closedOn = date(rs, "closed_on");
		String suspended = rs.getString("suspended_from_stage");
		c.suspendedFromStage = suspended == null ? null : CaseStage.valueOf(suspended);
		c.paymentReference = rs.getString("payment_reference");
		c.surchargeRelief = rs.getBigDecimal("surcharge_relief");
		c.surchargePaid = rs.getBigDecimal("surcharge_paid");
		c.demandServedOn = date(rs, "demand_served_on");
		c.demandPerformBy = date(rs, "demand_perform_by");
		c.courtAppliedOn = date(rs, "court_applied_on");
		c.enforcementSuspendedOn = date(rs, "enforcement_suspended_on");
		c.lockVersion = rs.getLong("lock_version");
		return c;
	}
}
