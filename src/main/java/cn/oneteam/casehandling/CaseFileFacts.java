package cn.oneteam.casehandling;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.oneteam.documents.DocumentType;
import cn.oneteam.organization.Certificate;
import cn.oneteam.shared.EnforcementDomain;
import org.jspecify.annotations.Nullable;

/**
 * What a general-procedure case file holds, for a review of the file (自查 and 案卷评查,
 * docs/adr/0034-scoring-standards-and-self-review.md): the case's own findings and dates, the certificates of the
 * officers it names, the steps its full-process
 * record shows with the certificates shown at each and the step's own day, its documents in the order issued, the
 * numbers missing below its own in the body's series, its periods and its evidence. Read only; loaded once per review
 * by {@link CaseFileReading}.
 */
public record CaseFileFacts(long caseId, long bodyId, CaseStage stage, EnforcementDomain domain,
		@Nullable CaseOutcome outcome, @Nullable LocalDate discoveredOn, @Nullable LocalDate filedOn,
		@Nullable LocalDate noticeServedOn, boolean hearingNotified, boolean partyResponded, boolean partyWaived,
		boolean legalReviewRequired, boolean legalReviewPassed, boolean collectiveRequired,
		@Nullable LocalDate collectiveOn, @Nullable LocalDate decidedOn, @Nullable String decisionNumber,
		@Nullable String statementAdoption, @Nullable LocalDate servedOn, @Nullable String serviceMethod,
		List<String> assignedCertificates, List<Step> steps, List<Document> documents, List<MissingNumber> missingNumbers, List<CaseClock> clocks,
		List<EvidenceFact> evidence, Map<String, List<Certificate>> certificates) {

	public CaseFileFacts {
		assignedCertificates = List.copyOf(assignedCertificates);
		steps = List.copyOf(steps);
		documents = List.copyOf(documents);
		missingNumbers = List.copyOf(missingNumbers);
		clocks = List.copyOf(clocks);
		evidence = List.copyOf(evidence);
		certificates = Map.copyOf(certificates); // by number: a renewal may keep the number
	}

	/** Whether the case was decided with a penalty or without one (not transferred nor terminated). */
	public boolean decided() {
		return decidedOn != null && (outcome == CaseOutcome.PENALTY || outcome == CaseOutcome.NO_PENALTY);
	}

	/** The steps the record shows as done of an action (by its slug, {@code record-investigation}). */
	public List<Step> steps(String action) {
		return steps.stream().filter(s -> s.action().equals(action)).toList();
	}

	/** The current (not superseded) documents of a type, in the order issued. */
	public List<Document> documents(DocumentType type) {
		return documents.stream().filter(d -> d.type() == type && !d.superseded()).toList();
	}

	/**
	 * A step the record shows as done — performed, or approved and so performed — by its action's slug, with its
	 * place in the record, its own day (the date it states, else the day it was recorded) and the certificates shown.
	 */
	public record Step(int seq, String action, LocalDate day, List<String> certificates, Map<String, Object> facts) {

		public Step {
			certificates = List.copyOf(certificates);
		}
	}

	/** An issued document: its type, number, the day issued, and the document it serves (a 送达回证). */
	public record Document(long id, DocumentType type, @Nullable String number, LocalDate issuedOn,
			@Nullable Long refersTo, boolean superseded) {
	}

	/** A number of the body's series (type and year) below one of this case's that the series lacks. */
	public record MissingNumber(DocumentType type, int year, int sequence, String caseNumber) {
	}

	/** An item of the case's evidence: its title, the day collected and the certificates of those who collected it. */
	public record EvidenceFact(long id, String title, LocalDate collectedOn, List<String> certificates) {

		public EvidenceFact {
			certificates = List.copyOf(certificates);
		}
	}
}
