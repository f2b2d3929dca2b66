package cn.oneteam.subject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.CreditCode;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.IdNumber;
import cn.oneteam.shared.ScopedPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 监管对象登记: register, find by code, search by name, close — each limited to the caller's jurisdiction (the
 * subject's address division must lie inside it); a code is checked (GB 32100 / GB 11643) and unique; a subject is
 * never deleted; registering and closing are recorded (docs/adr/0019-subject-register.md). Registering and closing
 * need the permission to handle cases ({@code case:handle}), reading the permission to read them ({@code case:read}).
 */
@Service
public class Subjects {

	/** At most this many subjects answer a search by name. */
	static final int SEARCH_LIMIT = 50;

	private final SubjectRepository subjects;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	Subjects(SubjectRepository subjects, ApplicationEventPublisher publisher, Clock clock) {
		this.subjects = subjects;
		this.publisher = publisher;
		this.clock = clock;
	}

	/** Refused (400) with the reason when the code is invalid, 409 when it is registered already. */
	@Transactional
	@PreAuthorize("hasAuthority('case:handle')")
	public SubjectView register(SubjectInputs.Registration input, ScopedPrincipal caller) {
		String code = code(input.kind(), input.code());
		DivisionCode division = division(input.divisionCode(), caller);
		OffsetDateTime now = OffsetDateTime.now(clock);
		long id = subjects.insert(input.kind(), code, input, division.value(), caller.organizationId(), now);
		if (id < 0) {
			throw new SubjectViolation(SubjectViolation.CONFLICT, "subject.duplicate-code", shown(input.kind(), code));
		}
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("kind", input.kind().name());
		facts.put("code", shown(input.kind(), code));
		facts.put("name", input.name().strip());
		facts.put("division", division.value());
		facts.put("streetAddress", input.streetAddress().strip());
		publisher.publishEvent(new SubjectRecorded(id, "registered", caller.accountId(), now, facts));
		return subjects.byId(id, caller.jurisdiction()).orElseThrow();
	}

	/** The subject with exactly this code, in the caller's jurisdiction; 404 otherwise. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyAuthority('case:read', 'licence:push')")
	public SubjectView byCode(String code, ScopedPrincipal caller) {
		String normalised = code.strip().toUpperCase(java.util.Locale.ROOT);
		return subjects.byCode(normalised, caller.jurisdiction())
			.orElseThrow(() -> new SubjectViolation(SubjectViolation.NOT_FOUND, "subject.unknown-code"));
	}

	/** Subjects whose name contains the words (case-insensitive): the 50 closest of the first 1,000 found. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('case:read')")
	public List<SubjectView> byName(String words, ScopedPrincipal caller) {
		String trimmed = words.strip();
		if (trimmed.isEmpty()) {
			throw new SubjectViolation(SubjectViolation.BAD_REQUEST, "subject.search-empty");
		}
		return subjects.byName(trimmed, caller.jurisdiction(), SEARCH_LIMIT);
	}

	/**
	 * The search every picker of the register uses (the subjects page, the clue's party, the event's subject): a text
	 * that reads as a whole code is looked up exactly, anything else by name; nothing for a blank text. Only subjects in
	 * the caller's jurisdiction.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('case:read')")
	public List<SubjectView> search(String q, ScopedPrincipal caller) {
		String text = q.strip();
		if (text.isEmpty()) {
			return List.of();
		}
		if (text.length() == 18 && text.chars().allMatch(Character::isLetterOrDigit)
				&& text.chars().anyMatch(Character::isDigit)) {
			java.util.Optional<SubjectView> exact = subjects.byCode(text.toUpperCase(java.util.Locale.ROOT),
					caller.jurisdiction());
			if (exact.isPresent()) {
				return List.of(exact.get());
			}
		}
		return subjects.byName(text, caller.jurisdiction(), SEARCH_LIMIT);
	}

	/** The subject, in the caller's jurisdiction; 404 otherwise (whether it exists elsewhere is not told). */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('case:read')")
	public SubjectView byId(long id, ScopedPrincipal caller) {
		return subjects.byId(id, caller.jurisdiction())
			.orElseThrow(() -> new SubjectViolation(SubjectViolation.NOT_FOUND, "subject.unknown", id));
	}

	/**
	 * A natural person's whole 公民身份号码, for an officer who needs it for a case ({@code case:handle}; 403 for
	 * others): the read is recorded in the subject's full-process record ({@code identity-read}, with the reader) in the
	 * same transaction; 404 outside the caller's jurisdiction; 400 for a subject that has no ID number
	 * (docs/adr/0019-subject-register.md, the subject's page).
	 */
	@Transactional
	@PreAuthorize("hasAuthority('case:handle')")
	public String identityNumber(long id, ScopedPrincipal caller) {
		SubjectView subject = byId(id, caller);
		if (!subject.kind().identifiedByIdNumber()) {
			throw new SubjectViolation(SubjectViolation.BAD_REQUEST, "subject.no-id-number", subject.kind());
		}
		String number = subjects.wholeCode(id).orElseThrow();
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("reader", caller.username());
		facts.put("code", subject.code());
		publisher.publishEvent(new SubjectRecorded(id, "identity-read", caller.accountId(), OffsetDateTime.now(clock),
				facts));
		return number;
	}

	/**
	 * The active subjects among these ids of these kinds addressed inside the division (all kinds when none given), by
	 * code; for other modules acting on their own authorised task, no jurisdiction check
	 * (docs/adr/0025-inspection-items-and-plans.md).
	 */
	@Transactional(readOnly = true)
	public List<SubjectView> active(java.util.Collection<Long> subjectIds, java.util.Collection<SubjectKind> kinds,
			String divisionCode) {
		return subjects.active(subjectIds, kinds, divisionCode);
	}

	/** 吊销, 注销 or 迁出 on a day (not in the future); the subject stays in the register. */
	@Transactional
	@PreAuthorize("hasAuthority('case:handle')")
	public SubjectView close(long id, SubjectInputs.Closing input, ScopedPrincipal caller) {
		SubjectView subject = byId(id, caller);
		if (!input.status().closed()) {
			throw new SubjectViolation(SubjectViolation.BAD_REQUEST, "subject.not-a-closing-status", input.status());
		}
		LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
		LocalDate on = input.closedOn() == null ? today : input.closedOn();
		if (on.isAfter(today)) {
			throw new SubjectViolation(SubjectViolation.BAD_REQUEST, "subject.closed-in-future", on);
		}
		if (!subjects.close(id, input.status(), on)) {
			throw new SubjectViolation(SubjectViolation.CONFLICT, "subject.already-closed", subject.status());
		}
		publisher.publishEvent(new SubjectRecorded(id, "closed", caller.accountId(), OffsetDateTime.now(clock),
				Map.of("status", input.status().name(), "closedOn", on.toString())));
		return subjects.byId(id, caller.jurisdiction()).orElseThrow();
	}

	/** The address division checked: county, township or village, inside the caller's jurisdiction. */
	static DivisionCode division(String divisionCode, ScopedPrincipal caller) {
		DivisionCode division = DivisionCode.of(divisionCode);
		if (division.value().length() < 6) {
			throw new SubjectViolation(SubjectViolation.BAD_REQUEST, "subject.address-too-coarse", division);
		}
		if (!caller.jurisdiction().covers(division)) {
			throw new SubjectViolation(SubjectViolation.FORBIDDEN, "subject.outside-jurisdiction", division);
		}
		return division;
	}

	/** The code checked for the kind: the reason of a refusal is the validator's (position or check expected). */
	static String code(SubjectKind kind, String code) {
		if (kind.identifiedByIdNumber()) {
			return IdNumber.of(code).value();
		}
		CreditCode credit = CreditCode.of(code);
		if ((kind == SubjectKind.INDIVIDUAL_BUSINESS) != credit.isIndividualBusiness()) {
			throw new SubjectViolation(SubjectViolation.BAD_REQUEST, "subject.kind-code-mismatch", kind,
					credit.value().substring(0, 2));
		}
		return credit.value();
	}

	static String shown(SubjectKind kind, String code) {
		return kind.identifiedByIdNumber() ? IdNumber.of(code).masked() : code;
	}
}
