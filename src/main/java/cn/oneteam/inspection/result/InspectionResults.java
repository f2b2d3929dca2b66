package cn.oneteam.inspection.result;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.oneteam.calendar.Deadline;
import cn.oneteam.credit.Credit;
import cn.oneteam.credit.FactKind;
import cn.oneteam.inspection.InspectionVisitChanged;
import cn.oneteam.inspection.code.RatingSecrets;
import cn.oneteam.inspection.draw.DrawEngine;
import cn.oneteam.inspection.visit.Visit;
import cn.oneteam.inspection.visit.VisitCodes;
import cn.oneteam.inspection.visit.VisitOutcome;
import cn.oneteam.inspection.visit.VisitRecorded;
import cn.oneteam.inspection.visit.VisitState;
import cn.oneteam.inspection.visit.Visits;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.PersonalData;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.shared.Sha256;
import cn.oneteam.subject.SubjectKind;
import cn.oneteam.subject.SubjectView;
import cn.oneteam.subject.Subjects;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * 谁检查、谁录入、谁公开 (docs/adr/0030-recording-and-publishing-inspections.md): one of the visit's inspectors records
 * its result once — with the code (checked and its use recorded) or flagged without — a finding becomes a case clue
 * or a correction order and a credit fact in the same transaction, and the result is published by the inspector or,
 * on its due day, by the scan.
 */
@Service
public class InspectionResults {

	private final Visits visits;

	private final VisitCodes codes;

	private final ResultRepository repository;

	private final PublicationDeadline deadline;

	private final Subjects subjects;

	private final FindingClues clues;

	private final Credit credit;

	private final RatingSecrets ratingSecrets;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	private final long signatureMaxBytes;

	InspectionResults(Visits visits, VisitCodes codes, ResultRepository repository, PublicationDeadline deadline,
			Subjects subjects, FindingClues clues, Credit credit, RatingSecrets ratingSecrets,
			ApplicationEventPublisher publisher, Clock clock,
			@Value("${oneteam.inspection.signature-max-size:256KB}") DataSize signatureMaxSize) {
		this.visits = visits;
		this.codes = codes;
		this.repository = repository;
		this.deadline = deadline;
		this.subjects = subjects;
		this.clues = clues;
		this.credit = credit;
		this.ratingSecrets = ratingSecrets;
		this.publisher = publisher;
		this.clock = clock;
		this.signatureMaxBytes = signatureMaxSize.toBytes();
	}

	/** The visit with its checklist, photos and, once recorded, its result; 404 when the caller may not see it. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('case:read')")
	public ResultViews.Result result(long visitId, ScopedPrincipal caller) {
		Visit visit = visits.visit(visitId, caller);
		Map<Long, ResultRepository.Answer> answers = repository.answers(visitId);
		List<ResultViews.ChecklistItem> items = repository.items(visitId).stream().map(i -> {
			ResultRepository.Answer a = answers.get(i.id());
			return new ResultViews.ChecklistItem(i.id(), i.name(), i.content(), a == null ? null : a.verdict(),
					a == null ? null : a.note());
		}).toList();
		return new ResultViews.Result(masked(visit), items, repository.photos(visitId),
				repository.recorded(visitId).orElse(null));
	}

	/** The visit as staff views show it: a natural person's identity number masked (DrawEngine.shown). */
	private static Visit masked(Visit v) {
		return new Visit(v.id(), v.subjectId(), DrawEngine.shown(v.subjectCode()), v.divisionCode(), v.kind(),
				v.trigger(), v.leadDepartmentId(), v.departmentIds(), v.windowFrom(), v.windowUntil(), v.onSite(),
				v.code(), v.inspectors(), v.state(), v.reason(), v.createdBy(), v.createdAt(), v.recordedBy(),
				v.recordedAt(), v.withCode(), v.inspectedOn(), v.outcome(), v.caseId(), v.publishDue(),
				v.publishedAt());
	}

	/**
	 * Records the result of a planned visit, once (409 {@code inspection.visit-not-planned} after). The caller is one
	 * of its inspectors: with a code, the code's use is checked and recorded (refusals kept); without one, the result
	 * is flagged and a caller who is not an inspector is refused (403). The answer carries, this once, the company's
	 * rating secret to hand over on its copy (docs/adr/0029-inspection-code-public-check-and-rating.md).
	 */
	@Transactional
	@PreAuthorize("hasAuthority('case:read')")
	public ResultViews.Result record(long visitId, ResultInputs.Result input, ScopedPrincipal caller) {
		repository.lockVisit(visitId);
		Visit visit = visits.visit(visitId, caller);
		requireState(visit, VisitState.PLANNED, "inspection.visit-not-planned");
		OffsetDateTime at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
		Checked checked = check(visit, input, ChinaTime.local(at).toLocalDate(), caller);
		SubjectView subject = subjects.byId(visit.subjectId(), caller);
		Long caseId = checked.outcome() == VisitOutcome.CASE_CLUE ? clues.register(visit, input, checked.items(), caller) : null;
		Deadline due = deadline.after(input.inspectedOn());
		repository.markRecorded(visitId, caller.accountId(), at, checked.withCode(), input.inspectedOn(),
				checked.outcome(), caseId, due);
		repository.insertResult(visitId, publicName(subject), subject.kind().name(), checked.afterWindow(),
				input.location(), checked.signature(), checked.signatureSha256(),
				checked.outcome() == VisitOutcome.CORRECTION_ORDERED ? input.correction() : null,
				checked.outcome() == VisitOutcome.CASE_CLUE ? input.matterCode().strip() : null, caller.accountId(), at);
		for (ResultInputs.Answer a : input.answers()) {
			repository.insertAnswer(visitId, a.itemId(), a.verdict(), blankToNull(a.note()));
		}
		if (checked.outcome().foundProblem()) {
			credit.observed(visit.subjectId(), FactKind.INSPECTION_FAILED, "inspection:" + visitId,
					input.inspectedOn(), FindingClues.findings(visitId, input, checked.items()), at);
		}
		publisher.publishEvent(new VisitRecorded(visitId, "recorded", caller.accountId(), certificates(visit, caller),
				at, facts(input, checked, due, caseId)));
		publisher.publishEvent(new InspectionVisitChanged(visitId, "recorded", at));
		String secret = ratingSecrets.issue(visitId, at);
		return result(visitId, caller).withRatingSecret(secret);
	}

	/** A result checked against the visit: the code used or the caller an inspector, the rules, the signature. */
	private record Checked(boolean withCode, boolean afterWindow, List<ResultRepository.Item> items,
			VisitOutcome outcome, byte @Nullable [] signature) {

		@Nullable String signatureSha256() {
			return signature == null ? null : Sha256.hex(signature);
		}
	}

	private Checked check(Visit visit, ResultInputs.Result input, LocalDate today, ScopedPrincipal caller) {
		boolean withCode = input.code() != null && !input.code().isBlank();
		if (withCode) {
			codes.use(visit, input.code(), caller);
		}
		else {
			requireInspector(visit, caller);
		}
		boolean afterWindow = ResultRules.afterWindow(visit, input.inspectedOn(), today, withCode);
		List<ResultRepository.Item> items = repository.items(visit.id());
		ResultRules.answersCoverItems(input.answers(), items);
		VisitOutcome outcome = ResultRules.outcome(input);
		if (visit.onSite() && input.location() == null) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "inspection.location-required");
		}
		return new Checked(withCode, afterWindow, items, outcome, SignatureImage.decode(input.signature(), visit.onSite(), signatureMaxBytes));
	}

	/** What the full-process record keeps of a result. */
	private static Map<String, Object> facts(ResultInputs.Result input, Checked checked, Deadline due,
			@Nullable Long caseId) {
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("withCode", checked.withCode());
		facts.put("inspectedOn", input.inspectedOn().toString());
		facts.put("afterWindow", checked.afterWindow());
		facts.put("outcome", checked.outcome().name());
		facts.put("answers", input.answers().stream()
			.collect(Collectors.toMap(a -> String.valueOf(a.itemId()), a -> a.verdict().name())));
		facts.put("publishDue", due.date().toString());
		if (checked.signatureSha256() != null) {
			facts.put("signatureSha256", checked.signatureSha256());
		}
		if (caseId != null) {
			facts.put("case", caseId);
		}
		return facts;
	}

	/** Publishes a recorded result (RECORDED → PUBLISHED), by one of the visit's inspectors; 409 otherwise. */
	@Transactional
	@PreAuthorize("hasAuthority('case:read')")
	public ResultViews.Result publish(long visitId, ScopedPrincipal caller) {
		repository.lockVisit(visitId);
		Visit visit = visits.visit(visitId, caller);
		requireInspector(visit, caller);
		requireState(visit, VisitState.RECORDED, "inspection.visit-not-recorded");
		OffsetDateTime at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
		repository.markPublished(visitId, at);
		publisher.publishEvent(new VisitRecorded(visitId, "published", caller.accountId(), certificates(visit, caller),
				at, Map.of("publishDue", String.valueOf(visit.publishDue()))));
		return result(visitId, caller);
	}

	/**
	 * Publishes the recorded results whose deadline is the day or earlier (the scan, no caller), at most {@code limit};
	 * the number published.
	 */
	@Transactional
	public int publishDue(LocalDate day, int limit) {
		OffsetDateTime at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
		int published = 0;
		for (long visitId : repository.dueForPublication(day, limit)) {
			if (repository.markPublished(visitId, at)) {
				publisher.publishEvent(new VisitRecorded(visitId, "published", 0L, List.of(), at,
						Map.of("by", "publication-scan", "day", day.toString())));
				published++;
			}
		}
		return published;
	}

	void requireInspector(Visit visit, ScopedPrincipal caller) {
		if (!codes.isInspector(visit, caller)) {
			throw new RuleViolation(RuleViolation.FORBIDDEN, "inspection.not-an-inspector", visit.id());
		}
	}

	static void requireState(Visit visit, VisitState state, String refusal) {
		if (visit.state() != state) {
			throw new RuleViolation(RuleViolation.CONFLICT, refusal, visit.id(), visit.state());
		}
	}

	/** The name the public sees: a natural person's masked (张某某), any other subject's as registered. */
	private static String publicName(SubjectView subject) {
		return publicName(subject.kind(), subject.name());
	}

	/** The name the public sees of a subject of this kind: one identified by an ID number masked (张某某). */
	public static String publicName(SubjectKind kind, String name) {
		return kind.identifiedByIdNumber() ? PersonalData.nameAsMou(name) : name;
	}

	private List<String> certificates(Visit visit, ScopedPrincipal caller) {
		return codes.certificatesOf(caller).stream().filter(visit.inspectors()::contains).sorted().toList();
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
