package cn.oneteam.casehandling.file;

import cn.oneteam.casehandling.CaseAction;
import cn.oneteam.casehandling.CaseOutcome;
import cn.oneteam.casehandling.CaseStage;
import cn.oneteam.casehandling.ClueSource;
import cn.oneteam.casehandling.MeasureInputs;
import cn.oneteam.casehandling.MentalCapacity;
import cn.oneteam.casehandling.OnTheSpotCollection;
import cn.oneteam.casehandling.PartyKind;
import cn.oneteam.casehandling.PenaltyCase;
import cn.oneteam.casehandling.events.CaseClosed;
import cn.oneteam.casehandling.events.CaseDecided;
import cn.oneteam.casehandling.events.CaseFiled;
import cn.oneteam.casehandling.events.CaseTransferred;
import cn.oneteam.casehandling.events.DecisionRevoked;
import cn.oneteam.casehandling.events.DecisionServed;
import cn.oneteam.casehandling.events.FinePaid;
import cn.oneteam.casehandling.execution.ExecutionEvent;
import cn.oneteam.casehandling.execution.PaymentSchedule;
import cn.oneteam.casehandling.general.DecisionEvent;
import cn.oneteam.casehandling.general.LegalReview;
import cn.oneteam.casehandling.measures.TransferEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import cn.oneteam.casehandling.CaseInputs.CollectiveDiscussion;
import cn.oneteam.casehandling.CaseInputs.Decision;
import cn.oneteam.casehandling.CaseInputs.FileCase;
import cn.oneteam.casehandling.CaseInputs.HearingRecord;
import cn.oneteam.casehandling.CaseInputs.HearingSchedule;
import cn.oneteam.casehandling.CaseInputs.NewClue;
import cn.oneteam.casehandling.CaseInputs.Note;
import cn.oneteam.casehandling.CaseInputs.Notice;
import cn.oneteam.casehandling.CaseInputs.Report;
import cn.oneteam.casehandling.CaseInputs.Review;
import cn.oneteam.casehandling.CaseInputs.ReviewOpinion;
import cn.oneteam.casehandling.CaseInputs.Statement;
import cn.oneteam.casehandling.CaseInputs.Waiver;
import cn.oneteam.casehandling.general.DecisionEvent.Decided;
import cn.oneteam.casehandling.CaseInputs.Service;
import cn.oneteam.casehandling.ExecutionInputs.CourtApplication;
import cn.oneteam.casehandling.ExecutionInputs.Demand;
import cn.oneteam.casehandling.ExecutionInputs.EndGround;
import cn.oneteam.casehandling.ExecutionInputs.EnforcementEnd;
import cn.oneteam.casehandling.ExecutionInputs.EnforcementSuspension;
import cn.oneteam.casehandling.ExecutionInputs.ExecutionAgreement;
import cn.oneteam.casehandling.ExecutionInputs.Payment;
import cn.oneteam.casehandling.general.DecisionPeriodEvent.InvestigationResumed;
import cn.oneteam.casehandling.general.DecisionPeriodEvent.InvestigationSuspended;
import cn.oneteam.casehandling.general.DecisionPeriodEvent.InvestigationTerminated;
import cn.oneteam.casehandling.general.FilingEvent.ClueRegistered;
import cn.oneteam.casehandling.general.FilingEvent.Filed;
import cn.oneteam.casehandling.general.FilingEvent.FilingDeclined;
import cn.oneteam.casehandling.MeasureInputs.Resumption;
import cn.oneteam.casehandling.MeasureInputs.Suspension;
import cn.oneteam.casehandling.MeasureInputs.Termination;
import cn.oneteam.casehandling.general.NoticeEvent.CollectiveDiscussionHeld;
import cn.oneteam.casehandling.general.NoticeEvent.HearingRecorded;
import cn.oneteam.casehandling.general.NoticeEvent.HearingRequested;
import cn.oneteam.casehandling.general.NoticeEvent.HearingScheduled;
import cn.oneteam.casehandling.general.NoticeEvent.NoticeServed;
import cn.oneteam.casehandling.general.NoticeEvent.RightsWaived;
import cn.oneteam.casehandling.general.NoticeEvent.StatementRecorded;
import cn.oneteam.casehandling.general.ReviewEvent.CaseReviewed;
import cn.oneteam.casehandling.general.ReviewEvent.ProposalApproved;
import cn.oneteam.casehandling.general.ReviewEvent.ReportSubmitted;
import cn.oneteam.casehandling.PenaltyCase.CaseOfficer;
import cn.oneteam.catalog.DiscretionTier;
import cn.oneteam.catalog.EnforcementMode;
import cn.oneteam.catalog.PenaltyKind;
import cn.oneteam.catalog.Responsibility;
import cn.oneteam.shared.DivisionCode;
import org.jspecify.annotations.Nullable;

/**
 * 案卷: a general-procedure case as the procedure's actions change it, loaded and saved whole under a row lock. Its
 * {@link #snapshot()} is what every action records, so that a change made in the database behind the procedure's back
 * shows when the record is verified.
 * <p>
 * The aggregate (docs/adr/0016-case-aggregate.md): each action's change is a method named in the procedure's words
 * ({@link #file}, {@link #decide}, {@link #close} …) that changes the findings, moves the stage as the action's
 * {@link CaseAction#leadsTo() transition} allows, registers the events other modules hear of ({@link CaseFiled},
 * {@link CaseDecided}, {@link DecisionServed}, {@link CaseClosed}) and returns what it did as a {@link CaseEvent} for
 * the record. The steps check the rules (each citing its article) and run the clocks, then call these methods. The
 * fields are still open to {@code CaseFiles}, which loads and saves them, and to the steps not yet converted.
 */
public final class CaseFile {

	/** The events for other modules this change registered, published by the engine in the action's transaction. */
	private final transient List<Object> published = new ArrayList<>(); // not a column: what this change published

	public long id;

	public CaseStage stage;

	public String matterCode;

	public int matterVersion;

	public DivisionCode place;

	public long actingOrgId;

	public long nameOrgId;

	public EnforcementMode mode;

	public PartyKind partyKind;

	public String partyName;

	/** The party in the register of subjects, when it was chosen or registered there (docs/adr/0019-subject-register.md). */
	public @Nullable Long subjectId;

	/**
	 * The subject's code (credit code, or ID number whole), address and representative as of the decision
	 * (docs/adr/0023-case-party-from-register.md); empty before it and for a free-text party.
	 */
	public @Nullable String partyCode;

	public @Nullable String partyAddress;

	public @Nullable String partyRepresentative;

	public String facts;

	public @Nullable ClueSource source;

	public @Nullable LocalDate discoveredOn;

	public @Nullable LocalDate actOn;

	@Nullable LocalDate actEndedOn;

	boolean lifeHealthHarm;

	public @Nullable LocalDate partyBirthDate;

	public MentalCapacity partyCapacity = MentalCapacity.FULL;

	public @Nullable LocalDate filedOn;

	@Nullable Long handlerAccountId;

	public List<CaseOfficer> officers = List.of();

	public @Nullable CaseOutcome outcome;

	public Set<PenaltyKind> proposedKinds = Set.of();

	public @Nullable BigDecimal proposedFine;

	public @Nullable BigDecimal confiscatedValue;

	public @Nullable BigDecimal baseAmount;

	public @Nullable DiscretionTier tier;

	public Set<String> circumstances = Set.of();

	public @Nullable String mitigationReason;

	public boolean complexOrMajor;

	boolean majorPublicInterest;

	boolean majorRights;

	boolean multipleRelations;

	boolean reviewByLaw;

	public boolean legalReviewPassed;

	public boolean caseReviewPassed;

	public @Nullable LocalDate noticeServedOn;

	public Set<PenaltyKind> notifiedKinds = Set.of();

	public @Nullable BigDecimal notifiedFine;

	public boolean hearingNotified;

	public boolean partyResponded;

	public boolean partyWaived;

	public boolean hearingRequested;

	public @Nullable LocalDate hearingOn;

	public boolean hearingHeld;

	public @Nullable LocalDate collectiveOn;

	public Set<PenaltyKind> decidedKinds = Set.of();

	public @Nullable BigDecimal decidedFine;

	public @Nullable LocalDate decidedOn;

	public @Nullable String decisionNumber;

	public @Nullable String statementAdoption;

	public @Nullable LocalDate servedOn;

	public @Nullable String serviceMethod;

	public @Nullable LocalDate paymentDue;

	public @Nullable BigDecimal paidAmount;

	public @Nullable LocalDate paidOn;

	public @Nullable LocalDate closedOn;

	@Nullable CaseStage suspendedFromStage;

	public @Nullable String paymentReference;

	public BigDecimal surchargeRelief = BigDecimal.ZERO;

	public BigDecimal surchargePaid = BigDecimal.ZERO;

	public @Nullable LocalDate demandServedOn;

	public @Nullable LocalDate demandPerformBy;

	public @Nullable LocalDate courtAppliedOn;

	public @Nullable LocalDate enforcementSuspendedOn;

	long lockVersion;

	// an on-the-spot decision's own (简易程序); the one model of penalty_case is this class, mapped by CaseTable
	PenaltyCase.Procedure procedure = PenaltyCase.Procedure.GENERAL;

	@Nullable String formNumber;

	@Nullable LocalDate archiveDue;

	boolean archiveDueProvisional;

	boolean paymentDueProvisional;

	@Nullable OnTheSpotCollection collection;

	/** The case as other modules and the pages read it (either procedure). */
	PenaltyCase view() {
		return new PenaltyCase(id, procedure, stage, matterCode, matterVersion, place, actingOrgId, nameOrgId, mode,
				partyKind, partyName, facts, decidedKinds, decidedFine, formNumber, decidedOn, archiveDue, paymentDue,
				archiveDueProvisional, paymentDueProvisional, officers, collection);
	}

	/** The case an on-the-spot decision records: the decision, paid at once where the fine was collected on the spot. */
	static CaseFile decidedOnTheSpot(PenaltyCase decided) {
		CaseFile c = new CaseFile();
		c.procedure = decided.procedure();
		c.stage = decided.stage();
		c.matterCode = decided.matterCode();
		c.matterVersion = decided.matterVersion();
		c.place = decided.place();
		c.actingOrgId = decided.actingOrgId();
		c.nameOrgId = decided.nameOrgId();
		c.mode = decided.mode();
		c.partyKind = decided.partyKind();
		c.partyName = decided.partyName();
		c.facts = decided.facts();
		c.decidedKinds = decided.penaltyKinds();
		c.decidedFine = decided.fine();
		c.formNumber = decided.formNumber();
		c.decidedOn = decided.decidedOn();
		c.archiveDue = decided.archiveDue();
		c.paymentDue = decided.paymentDue();
		c.archiveDueProvisional = decided.archiveDueProvisional();
		c.paymentDueProvisional = decided.paymentDueProvisional();
		c.officers = decided.officers();
		c.collection = decided.collection();
		if (decided.collection() != null) { // 当场收缴 (处罚法 §68): paid as decided
			c.paidAmount = decided.fine();
			c.paidOn = decided.decidedOn();
		}
		return c;
	}

	/** Moves the case to the stage the action leads to; the transition table allows only its own targets. */
	void moveTo(CaseAction action, CaseStage to) {
		if (!action.leadsTo(to)) {
			throw new IllegalStateException(action + " does not lead to " + to + " (docs/adr/0016-case-aggregate.md)");
		}
		stage = to;
	}

	/** Moves the case to the only stage the action leads to. */
	void moveOn(CaseAction action) {
		if (action.leadsTo().size() != 1) {
			throw new IllegalStateException(action + " leads to " + action.leadsTo() + ": name the stage");
		}
		moveTo(action, action.leadsTo().iterator().next());
	}

	/**
	 * 线索登记: a clue about a matter in force, at a place, that the responsible body verifies; the first change of a
	 * case, returned with what the record keeps of it.
	 */
	public static CaseFile registerClue(NewClue clue, DivisionCode place, String matterCode, int version,
			Responsibility responsible, long handlerAccountId) {
		CaseFile c = new CaseFile();
		c.matterCode = matterCode;
		c.matterVersion = version;
		c.place = place;
		c.actingOrgId = responsible.enforcingBodyId();
		c.nameOrgId = responsible.documentNameBodyId();
		c.mode = responsible.mode();
		c.partyKind = clue.partyKind();
		c.partyName = clue.partyName().trim();
		c.subjectId = clue.subjectId();
		c.facts = clue.facts().trim();
		c.source = clue.source();
		c.discoveredOn = clue.discoveredOn();
		c.actOn = clue.actOn();
		c.handlerAccountId = handlerAccountId;
		c.moveOn(CaseAction.REGISTER_CLUE);
		return c;
	}

	/** The id the case was stored under. */
	public void identify(long storedAs) {
		id = storedAs;
	}

	/** What the record keeps of the clue registered (the body by name). */
	public ClueRegistered clueRegistered(Responsibility responsible) {
		return new ClueRegistered(matterCode + " v" + matterVersion, place.value(), partyKind.name() + " " + partyName,
				facts, source, discoveredOn, responsible.enforcingBody());
	}

	/**
	 * 立案 (市监 §19): the act's dates and the law in force at the act (处罚法 §37), the body's name on the documents
	 * that day and the officers assigned; the investigation starts. Other modules hear {@link CaseFiled}.
	 */
	public Filed file(FileCase f, int version, Responsibility responsible, List<CaseOfficer> assigned, OffsetDateTime now) {
		filedOn = f.filedOn();
		actOn = f.actOn();
		actEndedOn = f.actEndedOn();
		lifeHealthHarm = f.lifeHealthOrFinanceWithHarm();
		partyBirthDate = f.partyBirthDate();
		matterVersion = version;
		nameOrgId = responsible.documentNameBodyId();
		mode = responsible.mode();
		officers = List.copyOf(assigned);
		moveOn(CaseAction.FILE);
		register(new CaseFiled(id, place, actingOrgId, matterCode, partyKind, partyName, subjectId, f.filedOn(), now));
		return new Filed(f.filedOn(), f.actOn(), version, responsible.mode(), responsible.documentName(),
				assigned.stream().map(o -> o.name() + ":" + o.certificateNumber()).toList());
	}

	/** 不予立案 (市监 §20): the case closes with the grounds recorded. Other modules hear {@link CaseClosed}. */
	public FilingDeclined declineFiling(LocalDate decidedOn, String grounds, OffsetDateTime now) {
		closedOn = decidedOn;
		moveOn(CaseAction.DECLINE_FILING);
		register(new CaseClosed(id, decidedOn, now));
		return new FilingDeclined(decidedOn, grounds);
	}

	/**
	 * What the investigation report establishes before its proposal is checked: the party's capacity at the act (处罚法
	 * §31; FULL when not given) and the base a multiple is taken of.
	 */
	public void establish(@Nullable MentalCapacity capacity, @Nullable BigDecimal base) {
		partyCapacity = capacity == null ? MentalCapacity.FULL : capacity;
		baseAmount = base;
	}

	/**
	 * 调查终结报告 (市监 §48): the proposed outcome and penalty at the tier found, and the flags that decide review and
	 * discussion; any earlier review no longer counts. To review.
	 */
	public ReportSubmitted submitReport(Report r, @Nullable DiscretionTier proposedTier) {
		outcome = r.outcome();
		proposedKinds = Set.copyOf(r.kinds());
		proposedFine = r.fine();
		confiscatedValue = r.confiscatedValue();
		circumstances = Set.copyOf(r.circumstances());
		mitigationReason = r.mitigationReason();
		tier = proposedTier;
		complexOrMajor = r.complexOrMajor();
		majorPublicInterest = r.majorPublicInterest();
		majorRights = r.majorRights();
		multipleRelations = r.multipleRelations();
		reviewByLaw = r.reviewRequiredByLaw();
		legalReviewPassed = false;
		caseReviewPassed = false;
		moveOn(CaseAction.SUBMIT_REPORT);
		return new ReportSubmitted(r.on(), r.outcome(), r.kinds(), r.fine(), legalReviewRequired(), partyCapacity,
				r.summary());
	}

	/**
	 * 法制审核 ({@code legal}) or 案件审核 (市监 §52): agreement passes it and moves the case on — to the head's approval
	 * of the proposal, or to the decision once the notice was served (a review after the hearing); any other opinion
	 * sends it back to the investigators.
	 */
	public CaseReviewed review(Review r, boolean legal, String reviewer) {
		if (r.opinion() == ReviewOpinion.AGREE) {
			legalReviewPassed = legalReviewPassed || legal;
			caseReviewPassed = true;
			// a proposal changed since the notice goes to the head again, then to a new notice (ADR 0015)
			moveTo(CaseAction.REVIEW_CASE, noticeServedOn == null || !proposalAsNotified() ? CaseStage.PROPOSAL
					: CaseStage.DECISION_PENDING);
		}
		else {
			moveTo(CaseAction.REVIEW_CASE, CaseStage.INVESTIGATING);
		}
		return new CaseReviewed(r.on(), legal ? "LEGAL" : "CASE", reviewer, r.opinion(), r.text());
	}

	/** 负责人审批 (市监 §56): a penalty goes to notice; no penalty, not established or transfer to the decision. */
	public ProposalApproved approveProposal(Note n) {
		moveTo(CaseAction.PROPOSE, penaltyProposed() ? CaseStage.NOTICE : CaseStage.DECISION_PENDING);
		return new ProposalApproved(n.on(), n.note());
	}

	private boolean proposalAsNotified() {
		return proposedKinds.equals(notifiedKinds) && (proposedFine == null ? notifiedFine == null
				: notifiedFine != null && proposedFine.compareTo(notifiedFine) == 0);
	}

	/**
	 * 事先告知 (处罚法 §44): what is notified is the approved proposal, with the hearing right or not (§63). A new notice
	 * for a proposal the last one did not cover starts the party's rights again: a waiver, hearing request or hearing of
	 * the old notice does not answer the new proposal (docs/adr/0015-decision-and-prior-notice.md).
	 */
	public NoticeServed serveNotice(Notice n, boolean hearingScope, boolean renewed) {
		if (renewed) {
			partyWaived = false;
			hearingRequested = false;
			hearingHeld = false;
			hearingOn = null;
		}
		noticeServedOn = n.servedOn();
		notifiedKinds = proposedKinds;
		notifiedFine = proposedFine;
		hearingNotified = n.hearingRightNotified();
		return new NoticeServed(n.servedOn(), hearingScope, n.hearingRightNotified(), renewed);
	}

	/** 陈述申辩 (处罚法 §45): the party answered; from now on no heavier penalty than notified. */
	public StatementRecorded recordStatement(Statement st) {
		partyResponded = true;
		return new StatementRecorded(st.on(), st.statement(), st.reexamination());
	}

	/** 明确放弃 (处罚法 §62): the decision need not wait for the periods. */
	public RightsWaived waiveRights(Waiver w) {
		partyWaived = true;
		moveOn(CaseAction.RECORD_WAIVER);
		return new RightsWaived(w.on(), w.how());
	}

	/** 听证申请 (处罚法 §64(1)): the party answered by asking for a hearing. */
	public HearingRequested requestHearing(LocalDate on) {
		hearingRequested = true;
		partyResponded = true;
		moveOn(CaseAction.REQUEST_HEARING);
		return new HearingRequested(on);
	}

	/** 听证通知 (处罚法 §64(2)). */
	public HearingScheduled scheduleHearing(HearingSchedule h) {
		hearingOn = h.hearingOn();
		return new HearingScheduled(h.notifiedOn(), h.hearingOn(), h.presidingOfficer());
	}

	/**
	 * 听证笔录 (处罚法 §64, §65): held, or the party absent — the right then deemed waived. A heard case touching major
	 * rights goes to legal review (§58(2)), after the hearing (市监 §50); any other to the decision.
	 */
	public HearingRecorded recordHearing(HearingRecord h) {
		hearingHeld = h.partyAttended();
		partyWaived = !h.partyAttended();
		if (legalReviewRequired()) {
			legalReviewPassed = false;
			moveTo(CaseAction.RECORD_HEARING, CaseStage.REVIEW);
		}
		else {
			moveTo(CaseAction.RECORD_HEARING, CaseStage.DECISION_PENDING);
		}
		return new HearingRecorded(h.on(), h.partyAttended(), h.summary());
	}

	/** 集体讨论 (处罚法 §57 para 2). */
	public CollectiveDiscussionHeld recordCollectiveDiscussion(CollectiveDiscussion d) {
		collectiveOn = d.on();
		return new CollectiveDiscussionHeld(d.on(), List.copyOf(d.participants()), d.conclusion());
	}

	/** 中止调查 (市监 §46): the stage it leaves is kept to return to. */
	public InvestigationSuspended suspend(Suspension s, long suspension) {
		suspendedFromStage = stage;
		moveOn(CaseAction.SUSPEND);
		return new InvestigationSuspended(suspension, s.on(), s.ground(), s.reason());
	}

	/** 恢复调查 (市监 §46): back to the stage it left. */
	public InvestigationResumed resume(Resumption r, long suspension) {
		moveTo(CaseAction.RESUME, suspendedFromStage == null ? CaseStage.INVESTIGATING : suspendedFromStage);
		suspendedFromStage = null;
		return new InvestigationResumed(suspension, r.on(), r.reason());
	}

	/** 终止调查 (市监 §47): to closing (市监 §77). */
	public InvestigationTerminated terminate(Termination t) {
		suspendedFromStage = null;
		awaitClosing(CaseAction.TERMINATE);
		return new InvestigationTerminated(t.on(), t.ground(), t.evidence());
	}

	/**
	 * 作出决定 (处罚法 §57): the outcome and penalty at the tier found, in the name of the body responsible that day,
	 * under the number and payment reference it took. Other modules hear {@link CaseDecided}.
	 */
	public Decided decide(Decision d, @Nullable DiscretionTier decidedTier, Responsibility responsible,
			@Nullable String number, @Nullable String reference, DecisionEvent.Stated stated, OffsetDateTime now) {
		outcome = d.outcome();
		decidedKinds = Set.copyOf(d.kinds());
		decidedFine = d.fine();
		decidedOn = d.decidedOn();
		statementAdoption = d.statementAdoption() == null || d.statementAdoption().isBlank() ? null
				: d.statementAdoption().trim();
		tier = decidedTier;
		nameOrgId = responsible.documentNameBodyId();
		if (number != null) {
			decisionNumber = number;
		}
		if (reference != null) {
			paymentReference = reference;
		}
		moveOn(CaseAction.DECIDE);
		register(new CaseDecided(id, PenaltyCase.Procedure.GENERAL, place, actingOrgId, matterCode, partyKind, partyName,
				subjectId, d.outcome(), decidedKinds, decidedFine, decisionNumber, d.decidedOn(), now));
		return new Decided(d.decidedOn(), d.outcome(), d.kinds(), d.fine(), responsible.documentName(),
				d.statementAdoption(), stated.evidenceRelied(), stated.reconsiderationBody(), stated.court());
	}

	/** 结案 (市监 §77): closed on the day the head approved. Other modules hear {@link CaseClosed}. */
	public DecisionEvent.Closed close(LocalDate on, String summary, OffsetDateTime now) {
		closedOn = on;
		moveOn(CaseAction.CLOSE);
		register(new CaseClosed(id, on, now));
		return new DecisionEvent.Closed(on, summary);
	}

	/**
	 * 送达 (处罚法 §61): served on the legal date by the method; a fine is then due ({@code paymentDue}) and the case in
	 * execution, anything else awaits closing. Other modules hear {@link DecisionServed}. For the execution steps.
	 */
	public void serve(LocalDate received, String method, @Nullable LocalDate due, OffsetDateTime now) {
		servedOn = received;
		serviceMethod = method;
		if (due != null) {
			paymentDue = due;
			moveTo(CaseAction.SERVE_DECISION, CaseStage.EXECUTION);
		}
		else {
			awaitClosing(CaseAction.SERVE_DECISION);
		}
		register(new DecisionServed(id, received, due, now));
	}

	/**
	 * 送达 as the execution steps record it: the method's legal date {@code received}, a fine due by {@code due} (none:
	 * the case awaits closing). Other modules hear {@link DecisionServed}.
	 */
	public ExecutionEvent.Served serve(Service s, LocalDate received, @Nullable LocalDate due, OffsetDateTime now) {
		serve(received, s.method().name(), due, now);
		return new ExecutionEvent.Served(s.method(), s.on(), received, s.signedBy(),
				s.witnesses() == null ? List.of() : List.copyOf(s.witnesses()), s.recording(), s.publicNoticeReason());
	}

	/** The day the part of the fine now owed falls due (处罚法 §67; a deferral's instalment, §66). */
	public void owePaymentBy(LocalDate due) {
		paymentDue = due;
	}

	/**
	 * 缴款 (处罚法 §67, §72): the amount paid against {@code part} with the surcharge owed that day; {@code settled}
	 * once nothing is owed any more, paid on that day. Other modules hear {@link FinePaid}.
	 */
	public ExecutionEvent.Paid pay(Payment p, PaymentSchedule.Part part, BigDecimal surcharge, boolean settled,
			OffsetDateTime now) {
		surchargePaid = surchargePaid.add(surcharge);
		paidAmount = (paidAmount == null ? BigDecimal.ZERO : paidAmount).add(p.amount());
		if (settled) {
			paidOn = p.paidOn();
		}
		register(new FinePaid(id, p.amount(), p.paidOn(), settled, now));
		return new ExecutionEvent.Paid(p.paidOn(), p.amount(), part.seq(), part.amount(), surcharge,
				part.amount().add(surcharge), p.channelOrBank(), p.reference(), p.financeReceipt());
	}

	/** 执行协议 (强制法 §42): the surcharge relieved adds to what was relieved before. */
	public ExecutionEvent.ExecutionAgreed agree(ExecutionAgreement a) {
		surchargeRelief = surchargeRelief.add(a.surchargeRelief());
		return new ExecutionEvent.ExecutionAgreed(a.on(), a.terms(), a.remedialSteps(), a.surchargeRelief());
	}

	/** 催告 (强制法 §35): served, the party to perform by the date stated; the amount owed that day. */
	public ExecutionEvent.PerformanceDemanded demand(Demand d, BigDecimal principal, BigDecimal surcharge,
			LocalDate periodEnds) {
		demandServedOn = d.servedOn();
		demandPerformBy = d.performBy();
		return new ExecutionEvent.PerformanceDemanded(d.servedOn(), d.method(), d.performBy(), principal, surcharge,
				principal.add(surcharge), periodEnds);
	}

	/** 申请法院强制执行 (强制法 §53): applied for once, in the window. */
	public ExecutionEvent.CourtApplied applyToCourt(CourtApplication a, BigDecimal principal, BigDecimal surcharge,
			String window) {
		courtAppliedOn = a.on();
		return new ExecutionEvent.CourtApplied(a.on(), a.court(), principal, surcharge, principal.add(surcharge),
				demandServedOn, window);
	}

	/** 中止执行 (强制法 §39). */
	public ExecutionEvent.EnforcementSuspended suspendEnforcement(EnforcementSuspension s) {
		enforcementSuspendedOn = s.on();
		return new ExecutionEvent.EnforcementSuspended(s.on(), s.ground(), s.reason());
	}

	/** 恢复执行 (强制法 §39 para 2). */
	public ExecutionEvent.EnforcementResumed resumeEnforcement(Note n) {
		LocalDate suspendedOn = enforcementSuspendedOn;
		enforcementSuspendedOn = null;
		return new ExecutionEvent.EnforcementResumed(suspendedOn, n.on(), n.note());
	}

	/**
	 * 终结执行 (强制法 §40): any suspension ends with it; the case then awaits closing. On the ground that the decision was
	 * revoked other modules hear {@link DecisionRevoked} (docs/adr/0043-published-decisions.md).
	 */
	public ExecutionEvent.EnforcementEnded endEnforcement(EnforcementEnd e, OffsetDateTime now) {
		enforcementSuspendedOn = null;
		if (e.ground() == EndGround.DECISION_REVOKED) {
			register(new DecisionRevoked(id, e.on(), e.reason(), now));
		}
		return new ExecutionEvent.EnforcementEnded(e.on(), e.ground(), e.reason());
	}

	/**
	 * 移送 approved (国务院令第310号 §5): the case goes to the receiver. Other modules hear {@link CaseTransferred},
	 * dated the day of the approval.
	 */
	public TransferEvent.Transferred transfer(MeasureInputs.Transfer t, long transfer, LocalDate approvalDue,
			boolean approvalLate, LocalDate on, OffsetDateTime now) {
		moveOn(CaseAction.TRANSFER);
		register(new CaseTransferred(id, t.kind(), t.receiver(), on, now));
		return new TransferEvent.Transferred(approvalDue, transfer, t.kind(), t.receiver(), t.reason(), t.reportedOn(),
				approvalLate);
	}

	/**
	 * Refused (国务院令第310号 §10): the body deals with the case itself — back in investigation, or verified again as
	 * the clue it was transferred as (市监 §18).
	 */
	public void handBack(CaseStage transferredFrom) {
		moveTo(CaseAction.RECORD_TRANSFER_ANSWER,
				transferredFrom == CaseStage.CLUE ? CaseStage.CLUE : CaseStage.INVESTIGATING);
	}

	/** 待结案 (市监 §77): the event that ends the case (a payment, a service, a transfer accepted …) happened. */
	public void awaitClosing(CaseAction action) {
		moveTo(action, CaseStage.CLOSING);
	}

	/** The events for other modules registered since the last call, to publish in the action's transaction. */
	public List<Object> takePublished() {
		List<Object> events = List.copyOf(published);
		published.clear();
		return events;
	}

	private void register(Object event) {
		published.add(event);
	}

	/** 法制审核 required (处罚法 §58; 市监 §50): heard cases touching major rights are reviewed after the hearing. */
	public boolean legalReviewRequired() {
		return LegalReview.required(majorPublicInterest, majorRights && hearingHeld, multipleRelations, reviewByLaw);
	}

	public boolean penaltyProposed() {
		return outcome == CaseOutcome.PENALTY;
	}

	public Set<Long> handlerPersonIds() {
		Set<Long> ids = new TreeSet<>();
		officers.forEach(o -> ids.add(o.personId()));
		return ids;
	}

	/** Everything the procedure found and decided about the case, in a stable order. */
	public Map<String, Object> snapshot() {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("stage", stage.name());
		s.put("matter", matterCode + " v" + matterVersion);
		s.put("place", place.value());
		s.put("actingBody", String.valueOf(actingOrgId));
		s.put("nameOnDocuments", String.valueOf(nameOrgId) + " " + mode);
		s.put("party", partyKind.name() + " " + partyName + " " + partyBirthDate + " " + partyCapacity);
		s.put("facts", facts);
		s.put("act", discoveredOn + " " + actOn + " " + actEndedOn + " " + lifeHealthHarm);
		s.put("filedOn", String.valueOf(filedOn));
		s.put("officers", officers.stream().map(o -> o.personId() + ":" + o.certificateNumber()).sorted().toList());
		s.put("outcome", String.valueOf(outcome));
		s.put("proposed", kinds(proposedKinds) + " " + money(proposedFine) + " " + money(confiscatedValue) + " "
				+ money(baseAmount));
		s.put("discretion", tier + " " + new TreeSet<>(circumstances) + " " + mitigationReason);
		s.put("review", List.of(complexOrMajor, majorPublicInterest, majorRights, multipleRelations, reviewByLaw,
				legalReviewPassed, caseReviewPassed));
		s.put("notified", noticeServedOn + " " + kinds(notifiedKinds) + " " + money(notifiedFine) + " " + hearingNotified);
		s.put("answer", List.of(partyResponded, partyWaived, hearingRequested, hearingHeld));
		s.put("hearingOn", String.valueOf(hearingOn));
		s.put("collectiveOn", String.valueOf(collectiveOn));
		s.put("decided", kinds(decidedKinds) + " " + money(decidedFine));
		s.put("decidedOn", decidedOn + " " + decisionNumber + " " + statementAdoption);
		s.put("served", servedOn + " " + serviceMethod + " " + paymentDue);
		s.put("paid", money(paidAmount) + " " + paidOn);
		s.put("closedOn", String.valueOf(closedOn));
		s.put("suspendedFrom", String.valueOf(suspendedFromStage));
		if (paymentReference != null) { // execution findings, once a fine was decided (older records have none)
			s.put("execution", paymentReference + " " + money(surchargeRelief) + " " + money(surchargePaid) + " "
					+ demandServedOn + " " + demandPerformBy + " " + courtAppliedOn + " " + enforcementSuspendedOn);
		}
		return s;
	}

	private static List<String> kinds(Set<PenaltyKind> kinds) {
		return kinds.stream().map(Enum::name).sorted().toList();
	}

	private static String money(@Nullable BigDecimal amount) {
		return amount == null ? "-" : amount.setScale(2).toPlainString();
	}
	// What the steps, the rules and the views read: the fields themselves are this package's (its mapping).
	public @Nullable LocalDate actOn() {
		return actOn;
	}

	public long actingOrgId() {
		return actingOrgId;
	}

	public @Nullable LocalDate closedOn() {
		return closedOn;
	}

	public @Nullable LocalDate collectiveOn() {
		return collectiveOn;
	}

	public boolean complexOrMajor() {
		return complexOrMajor;
	}

	public @Nullable LocalDate courtAppliedOn() {
		return courtAppliedOn;
	}

	public @Nullable BigDecimal decidedFine() {
		return decidedFine;
	}

	public Set<PenaltyKind> decidedKinds() {
		return decidedKinds;
	}

	public @Nullable LocalDate decidedOn() {
		return decidedOn;
	}

	public @Nullable String decisionNumber() {
		return decisionNumber;
	}

	public @Nullable LocalDate demandPerformBy() {
		return demandPerformBy;
	}

	public @Nullable LocalDate demandServedOn() {
		return demandServedOn;
	}

	public @Nullable LocalDate discoveredOn() {
		return discoveredOn;
	}

	public @Nullable LocalDate enforcementSuspendedOn() {
		return enforcementSuspendedOn;
	}

	public String facts() {
		return facts;
	}

	public @Nullable LocalDate filedOn() {
		return filedOn;
	}

	public boolean hearingHeld() {
		return hearingHeld;
	}

	public boolean hearingNotified() {
		return hearingNotified;
	}

	public @Nullable LocalDate hearingOn() {
		return hearingOn;
	}

	public boolean hearingRequested() {
		return hearingRequested;
	}

	public long id() {
		return id;
	}

	public boolean legalReviewPassed() {
		return legalReviewPassed;
	}

	public String matterCode() {
		return matterCode;
	}

	public int matterVersion() {
		return matterVersion;
	}

	public EnforcementMode mode() {
		return mode;
	}

	public long nameOrgId() {
		return nameOrgId;
	}

	public @Nullable LocalDate noticeServedOn() {
		return noticeServedOn;
	}

	public @Nullable BigDecimal notifiedFine() {
		return notifiedFine;
	}

	public Set<PenaltyKind> notifiedKinds() {
		return notifiedKinds;
	}

	public List<CaseOfficer> officers() {
		return officers;
	}

	public @Nullable CaseOutcome outcome() {
		return outcome;
	}

	public @Nullable BigDecimal paidAmount() {
		return paidAmount;
	}

	public @Nullable LocalDate paidOn() {
		return paidOn;
	}

	public PartyKind partyKind() {
		return partyKind;
	}

	public String partyName() {
		return partyName;
	}

	public @Nullable Long subjectId() {
		return subjectId;
	}

	/**
	 * Keeps the subject's particulars as they are on the day of the decision: the decision and every later document
	 * print these, whatever the register says afterwards (docs/adr/0023-case-party-from-register.md).
	 */
	public void keepPartyAsDecided(String code, String address, @Nullable String representative) {
		partyCode = code;
		partyAddress = address;
		partyRepresentative = representative;
	}

	public @Nullable String partyCode() {
		return partyCode;
	}

	public @Nullable String partyAddress() {
		return partyAddress;
	}

	public @Nullable String partyRepresentative() {
		return partyRepresentative;
	}

	public boolean partyResponded() {
		return partyResponded;
	}

	public boolean partyWaived() {
		return partyWaived;
	}

	public @Nullable LocalDate paymentDue() {
		return paymentDue;
	}

	public @Nullable String paymentReference() {
		return paymentReference;
	}

	public DivisionCode place() {
		return place;
	}

	public @Nullable BigDecimal proposedFine() {
		return proposedFine;
	}

	public Set<PenaltyKind> proposedKinds() {
		return proposedKinds;
	}

	public @Nullable LocalDate servedOn() {
		return servedOn;
	}

	public @Nullable ClueSource source() {
		return source;
	}

	public CaseStage stage() {
		return stage;
	}

	public BigDecimal surchargePaid() {
		return surchargePaid;
	}

	public BigDecimal surchargeRelief() {
		return surchargeRelief;
	}

	public @Nullable DiscretionTier tier() {
		return tier;
	}

	public @Nullable String serviceMethod() {
		return serviceMethod;
	}

	public @Nullable String statementAdoption() {
		return statementAdoption;
	}

	public @Nullable BigDecimal baseAmount() {
		return baseAmount;
	}

	public boolean caseReviewPassed() {
		return caseReviewPassed;
	}

	public Set<String> circumstances() {
		return circumstances;
	}

	public @Nullable BigDecimal confiscatedValue() {
		return confiscatedValue;
	}

	public @Nullable String mitigationReason() {
		return mitigationReason;
	}

	public @Nullable LocalDate partyBirthDate() {
		return partyBirthDate;
	}

	public MentalCapacity partyCapacity() {
		return partyCapacity;
	}

}
