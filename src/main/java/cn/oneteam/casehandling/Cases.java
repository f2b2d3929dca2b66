package cn.oneteam.casehandling;

import cn.oneteam.casehandling.events.CaseDecided;
import cn.oneteam.casehandling.file.CaseRepository;
import cn.oneteam.casehandling.penalty.OneActOneFine;
import cn.oneteam.casehandling.penalty.StatutoryRange;
import cn.oneteam.casehandling.procedure.BodyQualificationCheck;
import cn.oneteam.casehandling.procedure.CaseAccess;
import cn.oneteam.casehandling.procedure.CaseParties;
import cn.oneteam.subject.SubjectParty;
import cn.oneteam.casehandling.procedure.CaseRecordCheck;
import cn.oneteam.casehandling.procedure.Clocks;
import cn.oneteam.casehandling.procedure.OfficerCheck;
import cn.oneteam.casehandling.simple.SimpleProcedure;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.oneteam.audit.FullProcessRecord;
import org.jspecify.annotations.Nullable;
import cn.oneteam.audit.RecordEntry;
import cn.oneteam.audit.Verification;
import cn.oneteam.calendar.WorkingDayCalendar;
import cn.oneteam.casehandling.PenaltyCase.CaseOfficer;
import cn.oneteam.catalog.Catalog;
import cn.oneteam.documents.FormBlocks;
import cn.oneteam.catalog.Matter;
import cn.oneteam.catalog.MatterVersion;
import cn.oneteam.catalog.Responsibility;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.ScopedPrincipal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 案件办理: records on-the-spot decisions and answers for cases within a jurisdiction. */
@Service
public class Cases {

	static final String CALENDAR_MOVED = "calendar-moved";

	private final CaseRepository cases;

	private final Catalog catalog;

	private final OfficerCheck officerCheck;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final FullProcessRecord record;

	private final CaseProcedure procedure;

	private final boolean individualBusinessAsCitizen;

	private final Clocks clocks;

	private final FormBlocks forms;

	private final CaseRecordCheck recordCheck;

	private final CaseAccess access;

	private final CaseParties parties;

	private final BodyQualificationCheck qualification;

	/**
	 * @param individualBusinessAsCitizen whether 个体工商户 count as citizens for the simple procedure (docs/legal/procedure.md#citizen-individual-business)
	 */
	Cases(CaseRepository cases, Catalog catalog, OfficerCheck officerCheck, WorkingDayCalendar calendar, Clock clock,
			ApplicationEventPublisher events, FullProcessRecord record, CaseProcedure procedure,
			Clocks clocks, FormBlocks forms, CaseRecordCheck recordCheck, CaseAccess access, CaseParties parties,
			BodyQualificationCheck qualification,
			@Value("${oneteam.case.individual-business-as-citizen:true}") boolean individualBusinessAsCitizen) {
		this.recordCheck = recordCheck;
		this.qualification = qualification;
		this.parties = parties;
		this.cases = cases;
		this.catalog = catalog;
		this.officerCheck = officerCheck;
		this.calendar = calendar;
		this.clock = clock;
		this.events = events;
		this.record = record;
		this.procedure = procedure;
		this.individualBusinessAsCitizen = individualBusinessAsCitizen;
		this.clocks = clocks;
		this.forms = forms;
		this.access = access;
	}

	/**
	 * Records an on-the-spot decision: the matter in force, the simple procedure's limits (§51), the body responsible
	 * for the place and its name on the form, at least two distinct officers of that body certified for the matter's
	 * domain on the day (§42; auxiliaries never count), and the deadlines to archive (市监 §70) and to pay (§67) from
	 * the day the decision is handed over (§52), counted weekends-only where they reach a year not loaded yet. An
	 * act already fined by either procedure is not fined again (§29).
	 */
	@Transactional
	@PreAuthorize("hasAuthority('case:handle')")
	public PenaltyCase decideOnTheSpot(OnTheSpotDecision d, ScopedPrincipal caller) {
		JurisdictionScope scope = caller.jurisdiction();
		if (!scope.covers(d.place())) {
			throw new CaseViolation(CaseViolation.FORBIDDEN, "case.place-outside-jurisdiction", List.of(), d.place());
		}
		if (cases.formNumberUsed(d.formNumber().trim())) {
			throw new CaseViolation(CaseViolation.CONFLICT, "case.form-number-used", List.of(), d.formNumber());
		}
		if (d.decidedOn().isAfter(LocalDate.now(clock))) {
			throw new CaseViolation(CaseViolation.BAD_REQUEST, "case.decided-in-future", List.of(), d.decidedOn());
		}
		Matter matter = catalog.require(d.matterCode());
		MatterVersion version = matter.versionOn(d.decidedOn())
			.orElseThrow(() -> new CaseViolation(CaseViolation.UNPROCESSABLE, "case.matter-not-in-force", List.of(),
					d.matterCode(), d.decidedOn()));
		// the party chosen from the register: its kind must match, its name is the register's (docs/adr/0023-case-party-from-register.md)
		@Nullable SubjectParty subject = d.subjectId() == null ? null : parties.chosen(d.subjectId(), caller);
		if (subject != null) {
			CaseParties.requireKind(d.partyKind(), subject.kind());
		}
		String partyName = subject != null ? subject.name() : d.partyName().trim();
		List<String> reasons = new ArrayList<>(
				SimpleProcedure.reasonsAgainst(d.penaltyKinds(), d.fine(), d.partyKind(), individualBusinessAsCitizen));
		if (!d.partyInformed()) {
			reasons.add("case.party-not-informed"); // 处罚法 §44, §62
		}
		if (d.collection() != null) {
			reasons.addAll(SimpleProcedure.reasonsAgainstCollection(d.collection(), d.fine()));
		}
		if (!version.penaltyKinds().containsAll(d.penaltyKinds())) {
			reasons.add("case.kind-not-in-matter");
		}
		// 处罚法 §29: an act already fined, on the spot or in the general procedure, is not fined again
		OneActOneFine.reasonAgainst(d.penaltyKinds(),
				cases.sameActFined(matter.code(), partyName, d.decidedOn()))
			.ifPresent(reasons::add);
		if (d.fine() != null && d.fine().signum() > 0 && !StatutoryRange.of(version.fine(), null).map(r -> r.contains(d.fine())).orElse(false)) {
			reasons.add("case.fine-outside-statutory-range");
		}
		Responsibility responsible = catalog.responsible(d.matterCode(), d.place(), d.decidedOn());
		if (caller.organizationId() != responsible.enforcingBodyId()) {
			reasons.add("case.caller-not-of-enforcing-body");
		}
		else { // a body whose qualification lapsed on the day decides nothing (docs/adr/0037-enforcement-bodies-qualification.md)
			qualification.requireQualified(responsible.enforcingBodyId(), d.decidedOn());
		}
		List<CaseOfficer> caseOfficers = officerCheck.check(d.officers(), matter, responsible.enforcingBodyId(),
				d.decidedOn(), scope, reasons);
		if (!reasons.isEmpty()) {
			throw new CaseViolation(CaseViolation.UNPROCESSABLE, "case.on-the-spot-refused", reasons,
					String.join(", ", reasons));
		}
		Clocks.OnTheSpotDeadlines due = clocks.onTheSpot(d.decidedOn(), d.fine() != null, d.place());
		PenaltyCase decided = new PenaltyCase(0, PenaltyCase.Procedure.SIMPLE, CaseStage.DECIDED, matter.code(),
				version.version(), d.place(), responsible.enforcingBodyId(), responsible.documentNameBodyId(),
				responsible.mode(), d.partyKind(), partyName, d.facts().trim(), d.penaltyKinds(), d.fine(),
				d.formNumber().trim(), d.decidedOn(), due.archive().date(),
				due.payment() == null ? null : due.payment().date(), due.archive().provisional(),
				due.payment() != null && due.payment().provisional(), caseOfficers, d.collection());
		OffsetDateTime now = OffsetDateTime.now(clock);
		long id = cases.insert(decided, caller.accountId(), now);
		if (subject != null) { // its particulars as of the decision
			cases.keepParty(id, subject.id(), subject.code(),
					parties.address(subject.divisionCode(), subject.streetAddress()), subject.representative());
		}
		forms.use(responsible.enforcingBodyId(), d.formNumber().trim(),
				caseOfficers.stream().map(CaseOfficer::personId).toList(), id, caller.accountId());
		if (d.collection() != null) { // 处罚法 §71: to the body within 2 working days
			clocks.start(id, ClockKind.CASH_HANDOVER, d.decidedOn(), now);
		}

		events.publishEvent(new OnTheSpotPenaltyDecided(id, caller.accountId(),
				caseOfficers.stream().map(CaseOfficer::certificateNumber).toList(), now, facts(decided)));
		// other modules hear of it as of any decision, the form's number being the decision's (docs/adr/0014-typed-events.md)
		events.publishEvent(new CaseDecided(id, PenaltyCase.Procedure.SIMPLE, d.place(), responsible.enforcingBodyId(),
				matter.code(), d.partyKind(), partyName, d.subjectId(), CaseOutcome.PENALTY, Set.copyOf(d.penaltyKinds()),
				d.fine(), d.formNumber().trim(), d.decidedOn(), now));
		return cases.find(id).orElseThrow();
	}

	/**
	 * 上交 (处罚法 §71): the fine collected on the spot with an on-the-spot decision reaches the body; a hand-over after
	 * the 2 working days is recorded as late.
	 */
	@Transactional
	@PreAuthorize("hasAuthority('case:handle')")
	public PenaltyCase handOverCash(long id, ExecutionInputs.CashHandover h, ScopedPrincipal caller) {
		PenaltyCase found = require(id, caller.jurisdiction());
		if (found.procedure() != PenaltyCase.Procedure.SIMPLE) {
			throw new CaseViolation(CaseViolation.CONFLICT, "case.general-procedure", List.of(), id);
		}
		CaseClock handover = clocks.open(id, ClockKind.CASH_HANDOVER)
			.orElseThrow(() -> new CaseViolation(CaseViolation.CONFLICT, "case.no-cash-to-hand-over", List.of(), id));
		LocalDate today = LocalDate.now(clock);
		if (h.on().isAfter(today) || h.on().isBefore(handover.startedOn())) {
			throw new CaseViolation(CaseViolation.UNPROCESSABLE, "case.handover-refused",
					List.of(h.on().isAfter(today) ? "case.date-in-future" : "case.handover-before-collection"), h.on());
		}
		clocks.end(handover, CaseClock.State.MET, h.on());
		events.publishEvent(new CashHandedOver(id, caller.accountId(), OffsetDateTime.now(clock),
				Map.of("on", h.on().toString(), "receivedBy", h.receivedBy().trim(), "dueOn", handover.dueOn().toString(),
						"late", h.on().isAfter(handover.dueOn()))));
		return found;
	}

	private static Map<String, Object> facts(PenaltyCase c) {
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("matter", c.matterCode() + " v" + c.matterVersion());
		facts.put("place", c.place().value());
		facts.put("party", c.partyKind().name() + " " + c.partyName());
		facts.put("facts", c.facts());
		facts.put("penalty", c.penaltyKinds().stream().map(Enum::name).sorted().toList());
		facts.put("fine", c.fine() == null ? "" : c.fine().stripTrailingZeros().toPlainString());
		facts.put("form", String.valueOf(c.formNumber()));
		facts.put("decidedOn", c.decidedOn().toString());
		facts.put("officers", c.officers().stream().map(o -> o.personId() + ":" + o.certificateNumber()).sorted().toList());
		facts.put("actingBody", String.valueOf(c.actingOrgId()));
		facts.put("nameOnDocuments", String.valueOf(c.nameOrgId()));
		facts.put("mode", c.mode().name());
		facts.put("archiveDue", String.valueOf(c.archiveDue()));
		facts.put("paymentDue", String.valueOf(c.paymentDue()));
		if (c.collection() != null) { // older records have none
			facts.put("collection", c.collection().ground() + " " + c.collection().financeReceipt() + " "
					+ c.collection().requested());
		}
		return facts;
	}

	@Transactional(readOnly = true)
	public PenaltyCase require(long id, JurisdictionScope scope) {
		PenaltyCase found = cases.find(id)
			.orElseThrow(() -> new CaseViolation(CaseViolation.NOT_FOUND, "case.unknown", List.of(), id));
		if (!scope.covers(found.place())) {
			throw new CaseViolation(CaseViolation.FORBIDDEN, "case.outside-jurisdiction", List.of(), id);
		}
		access.requireReadable(id);
		return found;
	}

	/**
	 * Verifies the case's record end to end (both chains, the latest checkpoint), that the case as stored still says
	 * what was recorded when it was decided, or by the last action of the general procedure (a changed fine, party or
	 * officer in the case tables shows as "case-changed"), and that its evidence — each stored file re-hashed — and
	 * documents are those the record keeps (docs/adr/0007-tamper-evidence.md).
	 */
	@Transactional(readOnly = true)
	public Verification verifyRecord(long id, JurisdictionScope scope) {
		return verifyRecord(id, scope, true);
	}

	/** As {@link #verifyRecord(long, JurisdictionScope)}; without {@code files} the evidence files are not re-read. */
	@Transactional(readOnly = true)
	public Verification verifyRecord(long id, JurisdictionScope scope, boolean files) {
		PenaltyCase found = require(id, scope);
		Verification chain = record.verify(OnTheSpotPenaltyDecided.SUBJECT, id);
		if (found.procedure() == PenaltyCase.Procedure.GENERAL) {
			return recordCheck.check(id, procedure.verify(id, chain), files);
		}
		int stated = record.entries(OnTheSpotPenaltyDecided.SUBJECT, id).stream()
			.filter(e -> STATES_THE_CASE.contains(e.action()))
			.mapToInt(RecordEntry::seq)
			.max()
			.orElse(1);
		if (chain.intact() && !record.recorded(OnTheSpotPenaltyDecided.SUBJECT, id, stated, facts(found))) {
			return new Verification(false, chain.entries(), stated, "case-changed");
		}
		return recordCheck.check(id, chain, files);
	}

	/** The entries of an on-the-spot decision's record that state the whole case: the decision, a calendar move. */
	private static final Set<String> STATES_THE_CASE = Set.of("on-the-spot-decided", CALENDAR_MOVED);

	/**
	 * Records the on-the-spot decisions whose provisional deadlines a loaded year counted again, each with the case as
	 * it now stands (what {@link #verifyRecord} compares).
	 */
	void recordCalendarMoves(Set<Long> ids, OffsetDateTime at) {
		for (long id : ids) {
			cases.find(id).ifPresent(c -> events.publishEvent(
					new CaseActionRecorded(id, CALENDAR_MOVED, 0L, List.of(), at, facts(c))));
		}
	}

	@Transactional(readOnly = true)
	public List<RecordEntry> recordOf(long id, JurisdictionScope scope) {
		require(id, scope);
		return record.entries(OnTheSpotPenaltyDecided.SUBJECT, id);
	}

	/**
	 * The certificate numbers of the officers who handled each subject's most recent case (the latest recorded case
	 * naming officers; none when it has no case), in one query: subject id → certificate numbers, for the recusal of
	 * the inspection draw (docs/adr/0032-inspectors-library-and-recusal.md).
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<String>> lastCaseOfficers(java.util.Collection<Long> subjectIds) {
		return cases.lastCaseOfficers(subjectIds);
	}

	/** The cases in the jurisdiction the caller may read (docs/adr/0009-who-may-do-what.md), newest first. */
	@Transactional(readOnly = true)
	public List<PenaltyCase> inScope(JurisdictionScope scope) {
		return cases.inScope(scope, access.transferredToOnly());
	}

	/**
	 * The id of one of the body's cases (acting or named body) by its id, its decision number (决定书文号) or its
	 * simple-procedure form number, for another module to link to it (docs/adr/0033-enforcement-complaints.md): empty
	 * when the body has none such. Only the id is answered; nothing of another body's case is revealed.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> idOfBodysCase(String reference, long bodyId) {
		return cases.idOfBodysCase(reference.strip(), bodyId);
	}
}
