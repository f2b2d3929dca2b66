package cn.oneteam.inspection.result;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.oneteam.calendar.Deadline;
import cn.oneteam.casehandling.CaseInputs;
import cn.oneteam.casehandling.CaseProcedure;
import cn.oneteam.casehandling.ClueSource;
import cn.oneteam.credit.Credit;
import cn.oneteam.credit.FactKind;
import cn.oneteam.inspection.visit.Visit;
import cn.oneteam.inspection.visit.VisitCodes;
import cn.oneteam.inspection.visit.VisitOutcome;
import cn.oneteam.inspection.visit.VisitRecorded;
import cn.oneteam.inspection.visit.VisitState;
import cn.oneteam.inspection.visit.Visits;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.ImageType;
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

	private static final String PNG_DATA_URL = "data:image/png;base64,";

	private final Visits visits;

	private final VisitCodes codes;

	private final ResultRepository repository;

	private final PublicationDeadline deadline;

	private final Subjects subjects;

	private final CaseProcedure cases;

	private final Credit credit;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	private final long signatureMaxBytes;

	InspectionResults(Visits visits, VisitCodes codes, ResultRepository repository, PublicationDeadline deadline,
			Subjects subjects, CaseProcedure cases, Credit credit, ApplicationEventPublisher publisher, Clock clock,
			@Value("${oneteam.inspection.signature-max-size:256KB}") DataSize signatureMaxSize) {
		this.visits = visits;
		this.codes = codes;
		this.repository = repository;
		this.deadline = deadline;
		this.subjects = subjects;
		this.cases = cases;
		this.credit = credit;
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
		return new ResultViews.Result(visit, items, repository.photos(visitId),
				repository.recorded(visitId).orElse(null));
	}

	/**
	 * Records the result of a planned visit, once (409 {@code inspection.visit-not-planned} after). The caller is one
	 * of its inspectors: with a code, the code's use is checked and recorded (refusals kept); without one, the result
	 * is flagged and a caller who is not an inspector is refused (403).
	 */
	@Transactional
	@PreAuthorize("hasAuthority('case:read')")
	public ResultViews.Result record(long visitId, ResultInputs.Result input, ScopedPrincipal caller) {
		repository.lockVisit(visitId);
		Visit visit = visits.visit(visitId, caller);
		requireState(visit, VisitState.PLANNED, "inspection.visit-not-planned");
		boolean withCode = input.code() != null && !input.code().isBlank();
		OffsetDateTime at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
		LocalDate today = ChinaTime.local(at).toLocalDate();
		if (withCode) {
			codes.use(visit, input.code(), caller);
		}
		else {
			requireInspector(visit, caller);
		}
		boolean afterWindow = ResultRules.afterWindow(visit, input.inspectedOn(), today, withCode);
		List<ResultRepository.Item> items = repository.items(visitId);
		ResultRules.answersCoverItems(input.answers(), items);
		VisitOutcome outcome = ResultRules.outcome(input);
		if (visit.onSite() && input.location() == null) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "inspection.location-required");
		}
		byte @Nullable [] signature = signature(input.signature(), visit.onSite());
		SubjectView subject = subjects.byId(visit.subjectId(), caller);
		Long caseId = outcome == VisitOutcome.CASE_CLUE ? clue(visit, input, items, caller) : null;
		Deadline due = deadline.after(input.inspectedOn());
		repository.markRecorded(visitId, caller.accountId(), at, withCode, input.inspectedOn(), outcome, caseId, due);
		repository.insertResult(visitId, publicName(subject), subject.kind().name(), afterWindow, input.location(),
				signature, signature == null ? null : Sha256.hex(signature),
				outcome == VisitOutcome.CORRECTION_ORDERED ? input.correction() : null,
				outcome == VisitOutcome.CASE_CLUE ? input.matterCode().strip() : null, caller.accountId(), at);
		for (ResultInputs.Answer a : input.answers()) {
			repository.insertAnswer(visitId, a.itemId(), a.verdict(), blankToNull(a.note()));
		}
		if (outcome.foundProblem()) {
			credit.observed(visit.subjectId(), FactKind.INSPECTION_FAILED, "inspection:" + visitId,
					input.inspectedOn(), failedReason(visitId, input, items), at);
		}
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("withCode", withCode);
		facts.put("inspectedOn", input.inspectedOn().toString());
		facts.put("afterWindow", afterWindow);
		facts.put("outcome", outcome.name());
		facts.put("answers", input.answers().stream()
			.collect(Collectors.toMap(a -> String.valueOf(a.itemId()), a -> a.verdict().name())));
		facts.put("publishDue", due.date().toString());
		if (signature != null) {
			facts.put("signatureSha256", Sha256.hex(signature));
		}
		if (caseId != null) {
			facts.put("case", caseId);
		}
		publisher.publishEvent(new VisitRecorded(visitId, "recorded", caller.accountId(), certificates(visit, caller),
				at, facts));
		return result(visitId, caller);
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

	/**
	 * 转为案源: the finding registered as a general-procedure clue of the caller's body (the case procedure checks the
	 * caller's rights, the matter and the place), the subject as party, the failed items as facts naming the visit —
	 * in this transaction, as intake's events become clues.
	 */
	private long clue(Visit visit, ResultInputs.Result input, List<ResultRepository.Item> items,
			ScopedPrincipal caller) {
		return cases.registerClue(new CaseInputs.NewClue(input.matterCode().strip(), visit.divisionCode(), null, null,
				clip(failedReason(visit.id(), input, items), 2000), ClueSource.INSPECTION, input.inspectedOn(), null,
				visit.subjectId(), null), caller).id();
	}

	/** 【检查 12】 and each failed item with its note. */
	private static String failedReason(long visitId, ResultInputs.Result input, List<ResultRepository.Item> items) {
		Map<Long, String> names = items.stream()
			.collect(Collectors.toMap(ResultRepository.Item::id, ResultRepository.Item::name));
		List<String> failed = new ArrayList<>();
		for (ResultInputs.Answer a : input.answers()) {
			if (a.verdict() == Verdict.FAIL) {
				String note = blankToNull(a.note());
				failed.add(names.get(a.itemId()) + (note == null ? "" : "：" + note));
			}
		}
		return "【检查 " + visitId + "】" + String.join("；", failed);
	}

	/** The signature decoded from its PNG data URL (required on site): size-limited, checked to be a PNG. */
	private byte @Nullable [] signature(@Nullable String dataUrl, boolean required) {
		if (dataUrl == null || dataUrl.isBlank()) {
			if (required) {
				throw new RuleViolation(RuleViolation.BAD_REQUEST, "inspection.signature-required");
			}
			return null;
		}
		if (!dataUrl.startsWith(PNG_DATA_URL)) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "inspection.signature-invalid");
		}
		byte[] png;
		try {
			png = Base64.getDecoder().decode(dataUrl.substring(PNG_DATA_URL.length()));
		}
		catch (IllegalArgumentException e) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "inspection.signature-invalid");
		}
		if (png.length > signatureMaxBytes) {
			throw new RuleViolation(RuleViolation.CONTENT_TOO_LARGE, "inspection.signature-too-large",
					signatureMaxBytes / 1024);
		}
		if (ImageType.of(png).filter(t -> t == ImageType.PNG).isEmpty()) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "inspection.signature-invalid");
		}
		return png;
	}

	/** The name the public sees: a natural person's masked (张某某), any other subject's as registered. */
	private static String publicName(SubjectView subject) {
		return subject.kind() == SubjectKind.NATURAL_PERSON ? PersonalData.nameAsMou(subject.name()) : subject.name();
	}

	private List<String> certificates(Visit visit, ScopedPrincipal caller) {
		return codes.certificatesOf(caller).stream().filter(visit.inspectors()::contains).sorted().toList();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static String clip(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}
}
