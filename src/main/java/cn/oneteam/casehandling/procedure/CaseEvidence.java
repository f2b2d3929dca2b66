package cn.oneteam.casehandling.procedure;

import cn.oneteam.casehandling.CaseActionRecorded;
import cn.oneteam.casehandling.CaseProcedure;
import cn.oneteam.casehandling.CaseStage;
import cn.oneteam.casehandling.CaseViolation;
import cn.oneteam.casehandling.file.CaseEvent;
import cn.oneteam.casehandling.file.CaseFile;
import cn.oneteam.casehandling.file.CaseFiles;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import cn.oneteam.casehandling.PenaltyCase.CaseOfficer;
import cn.oneteam.catalog.Catalog;
import cn.oneteam.evidence.EvidenceOwner;
import cn.oneteam.evidence.OwnerKind;
import cn.oneteam.organization.PersonId;
import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * 案件证据: a general-procedure case as the owner of evidence. Evidence is seen within the case's jurisdiction and
 * attached by its acting body until the case is closed, collected by two certified officers of that body (处罚法 §42,
 * §55); each attachment, and each stored file found altered, is an entry of the case's full-process record with the
 * item's id, type and SHA-256 (docs/legal/records.md#full-process-record).
 */
@Component
public class CaseEvidence implements EvidenceOwner {

	public static final String ATTACHED = "attach-evidence";

	static final String ALTERED = "evidence-altered";

	private final CaseFiles files;

	private final OfficerCheck officerCheck;

	private final Catalog catalog;

	private final CaseProcedure procedure;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final CaseRecordCheck recordCheck;

	CaseEvidence(CaseFiles files, OfficerCheck officerCheck, Catalog catalog, CaseProcedure procedure,
			ApplicationEventPublisher events, Clock clock, CaseRecordCheck recordCheck) {
		this.files = files;
		this.recordCheck = recordCheck;
		this.officerCheck = officerCheck;
		this.catalog = catalog;
		this.procedure = procedure;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public OwnerKind kind() {
		return OwnerKind.CASE;
	}

	@Override
	public void requireVisible(long caseId, ScopedPrincipal caller) {
		files.find(caseId, caller.jurisdiction());
	}

	@Override
	public List<CollectingOfficer> requireAttachable(long caseId, List<Long> officerIds, LocalDate collectedOn,
			ScopedPrincipal caller) {
		return collectors(open(files.find(caseId, caller.jurisdiction()), caller), officerIds, collectedOn, caller);
	}

	@Override
	public void recordAttachment(long caseId, AttachedEvidence evidence, ScopedPrincipal caller) {
		CaseFile c = open(files.lock(caseId, caller.jurisdiction()), caller);
		Map<String, Object> facts = withState(c, new EvidenceEvent.EvidenceAdded(evidence.id(), evidence.type().name(),
				evidence.sha256(), evidence.size(), comment(evidence), evidence.metadata(),
				evidence.officers().stream().map(CollectingOfficer::personId).toList()));
		List<String> certificates = evidence.officers().stream()
			.map(CollectingOfficer::certificate)
			.filter(Objects::nonNull)
			.toList();
		events.publishEvent(new CaseActionRecorded(caseId, ATTACHED, caller.accountId(), certificates,
				OffsetDateTime.now(clock), facts));
	}

	@Override
	public Optional<String> recordedSha256(long caseId, long evidenceId) {
		return recordCheck.recordedEvidenceSha256(caseId, evidenceId);
	}

	@Override
	public void recordIntegrityFailure(long caseId, AttachedEvidence evidence, String actualSha256,
			@Nullable ScopedPrincipal foundBy) {
		files.find(caseId).ifPresent(c -> {
			Map<String, Object> facts = withState(c, new EvidenceEvent.EvidenceFoundAltered(evidence.id(),
					evidence.type().name(), evidence.sha256(), evidence.size(), comment(evidence), evidence.metadata(),
					actualSha256));
			events.publishEvent(new CaseActionRecorded(caseId, ALTERED, foundBy == null ? 0L : foundBy.accountId(),
					List.of(), OffsetDateTime.now(clock), facts));
		});
	}

	/**
	 * The case, if the caller handles cases ({@code case:handle}: an officer or squad head, never an auxiliary, a
	 * reviewer, a dispatcher or the head), the caller's body acts in it and it is not closed
	 * (docs/adr/0009-who-may-do-what.md).
	 */
	private static CaseFile open(CaseFile c, ScopedPrincipal caller) {
		if (!CaseProcedure.hasAuthority("case:handle")) {
			throw new CaseViolation(CaseViolation.FORBIDDEN, "case.permission-missing", List.of(),
					"case:handle");
		}
		if (caller.organizationId() != c.actingOrgId) {
			throw new CaseViolation(CaseViolation.FORBIDDEN, "case.caller-not-of-enforcing-body", List.of(), c.actingOrgId);
		}
		if (c.stage == CaseStage.CLOSED) {
			throw new CaseViolation(CaseViolation.CONFLICT, "case.evidence-case-closed", List.of(), c.id);
		}
		return c;
	}

	/** Two distinct officers of the acting body, certified for the matter's domain on the day (处罚法 §42). */
	private List<CollectingOfficer> collectors(CaseFile c, List<Long> ids, LocalDate day, ScopedPrincipal caller) {
		List<String> reasons = new ArrayList<>();
		List<CaseOfficer> officers = officerCheck.check(ids.stream().map(PersonId::new).toList(),
				catalog.require(c.matterCode), c.actingOrgId, day, caller.jurisdiction(), reasons);
		if (!reasons.isEmpty()) {
			throw new CaseViolation(CaseViolation.UNPROCESSABLE, "case.evidence-officers-refused", reasons,
					String.join(", ", reasons));
		}
		return officers.stream().map(o -> new CollectingOfficer(o.personId(), o.name(), o.certificateNumber())).toList();
	}

	/** The item's facts as the record keeps them, with the case's state (so the record still verifies the case). */
	/** The event's facts, then the stage the case is in and the digest of its state, as every entry of a case. */
	private Map<String, Object> withState(CaseFile c, EvidenceEvent event) {
		Map<String, Object> facts = new LinkedHashMap<>(CaseEvent.factsOf(event));
		facts.put("stage", c.stage.name());
		facts.put("state", procedure.stateDigest(c));
		return facts;
	}

	private static String comment(AttachedEvidence evidence) {
		return evidence.title() + " (" + evidence.fileName() + ")";
	}
}
