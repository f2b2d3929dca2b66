package cn.oneteam.casehandling;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import cn.oneteam.casehandling.PenaltyCase.CaseOfficer;
import cn.oneteam.catalog.DiscretionTier;
import cn.oneteam.catalog.EnforcementMode;
import cn.oneteam.catalog.PenaltyKind;
import cn.oneteam.shared.DivisionCode;
import org.jspecify.annotations.Nullable;

/**
 * 案卷: a general-procedure case as the procedure's actions change it, loaded and saved whole under a row lock. Its
 * {@link #snapshot()} is what every action records, so that a change made in the database behind the procedure's back
 * shows when the record is verified.
 */
final class CaseFile {

	long id;

	CaseStage stage;

	String matterCode;

	int matterVersion;

	DivisionCode place;

	long actingOrgId;

	long nameOrgId;

	EnforcementMode mode;

	PartyKind partyKind;

	String partyName;

	String facts;

	@Nullable ClueSource source;

	@Nullable LocalDate discoveredOn;

	@Nullable LocalDate actOn;

	@Nullable LocalDate actEndedOn;

	boolean lifeHealthHarm;

	@Nullable LocalDate partyBirthDate;

	MentalCapacity partyCapacity = MentalCapacity.FULL;

	@Nullable LocalDate filedOn;

	@Nullable Long handlerAccountId;

	List<CaseOfficer> officers = List.of();

	@Nullable CaseOutcome outcome;

	Set<PenaltyKind> proposedKinds = Set.of();

	@Nullable BigDecimal proposedFine;

	@Nullable BigDecimal confiscatedValue;

	@Nullable BigDecimal baseAmount;

	@Nullable DiscretionTier tier;

	Set<String> circumstances = Set.of();

	@Nullable String mitigationReason;

	boolean complexOrMajor;

	boolean majorPublicInterest;

	boolean majorRights;

	boolean multipleRelations;

	boolean reviewByLaw;

	boolean legalReviewPassed;

	boolean caseReviewPassed;

	@Nullable LocalDate noticeServedOn;

	Set<PenaltyKind> notifiedKinds = Set.of();

	@Nullable BigDecimal notifiedFine;

	boolean hearingNotified;

	boolean partyResponded;

	boolean partyWaived;

	boolean hearingRequested;

	@Nullable LocalDate hearingOn;

	boolean hearingHeld;

	@Nullable LocalDate collectiveOn;

	Set<PenaltyKind> decidedKinds = Set.of();

	@Nullable BigDecimal decidedFine;

	@Nullable LocalDate decidedOn;

	@Nullable String decisionNumber;

	@Nullable String statementAdoption;

	@Nullable LocalDate servedOn;

	@Nullable String serviceMethod;

	@Nullable LocalDate paymentDue;

	@Nullable BigDecimal paidAmount;

	@Nullable LocalDate paidOn;

	@Nullable LocalDate closedOn;

	@Nullable CaseStage suspendedFromStage;

	@Nullable String paymentReference;

	BigDecimal surchargeRelief = BigDecimal.ZERO;

	BigDecimal surchargePaid = BigDecimal.ZERO;

	@Nullable LocalDate demandServedOn;

	@Nullable LocalDate demandPerformBy;

	@Nullable LocalDate courtAppliedOn;

	@Nullable LocalDate enforcementSuspendedOn;

	long lockVersion;

	// an on-the-spot decision's own (简易程序); the one model of penalty_case is this class, mapped by CaseTable
	PenaltyCase.Procedure procedure = PenaltyCase.Procedure.GENERAL;

	@Nullable String formNumber;

	@Nullable LocalDate archiveDue;

	boolean archiveDueProvisional;

	boolean paymentDueProvisional;

	@Nullable OnTheSpotCollection collection;

	/** 法制审核 required (处罚法 §58; 市监 §50): heard cases touching major rights are reviewed after the hearing. */
	boolean legalReviewRequired() {
		return LegalReview.required(majorPublicInterest, majorRights && hearingHeld, multipleRelations, reviewByLaw);
	}

	boolean penaltyProposed() {
		return outcome == CaseOutcome.PENALTY;
	}

	Set<Long> handlerPersonIds() {
		Set<Long> ids = new TreeSet<>();
		officers.forEach(o -> ids.add(o.personId()));
		return ids;
	}

	/** Everything the procedure found and decided about the case, in a stable order. */
	Map<String, Object> snapshot() {
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
}
