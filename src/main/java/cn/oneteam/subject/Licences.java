package cn.oneteam.subject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.CreditCode;
import cn.oneteam.shared.ScopedPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 行政许可: the licences of the subjects in the caller's jurisdiction — recorded by an officer, an import or the issuing
 * department's push (审管联动), revoked with day and reason, never deleted; every change in the subject's record
 * (docs/adr/0019-subject-register.md). The issuer is named by its 统一社会信用代码, checked like every other.
 */
@Service
public class Licences {

	private final LicenceRepository licences;

	private final SubjectRepository subjects;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	Licences(LicenceRepository licences, SubjectRepository subjects, ApplicationEventPublisher publisher, Clock clock) {
		this.licences = licences;
		this.subjects = subjects;
		this.publisher = publisher;
		this.clock = clock;
	}

	/**
	 * Records a licence of the subject (in the caller's jurisdiction, 404 otherwise); 409 when the issuer has recorded
	 * this number already, 400 when the issuer's code is invalid or the validity ends before it starts.
	 */
	@Transactional
	@PreAuthorize("hasAuthority('case:handle')")
	public LicenceView record(long subjectId, LicenceInputs.Licence input, LicenceSource source,
			ScopedPrincipal caller) {
		return insert(subjectId, input, source, caller);
	}

	/**
	 * 审管联动: the issuing department's system records one of its own licences (source PUSH) — refused (403) when the
	 * licence names another issuer than {@code issuerCode}, the department the caller's system speaks for
	 * (docs/adr/0021-approval-exchange.md); otherwise as {@link #record}.
	 */
	@Transactional
	@PreAuthorize("hasAuthority('licence:push')")
	public LicenceView recordAsIssuer(String issuerCode, long subjectId, LicenceInputs.Licence input,
			ScopedPrincipal caller) {
		if (!CreditCode.of(input.issuerCode()).value().equals(issuerCode)) {
			throw new SubjectViolation(SubjectViolation.FORBIDDEN, "licence.foreign-issuer", input.issuerCode());
		}
		return insert(subjectId, input, LicenceSource.PUSH, caller);
	}

	private LicenceView insert(long subjectId, LicenceInputs.Licence input, LicenceSource source,
			ScopedPrincipal caller) {
		subjects.byId(subjectId, caller.jurisdiction())
			.orElseThrow(() -> new SubjectViolation(SubjectViolation.NOT_FOUND, "subject.unknown", subjectId));
		String issuer = CreditCode.of(input.issuerCode()).value();
		if (input.validUntil() != null && input.validUntil().isBefore(input.validFrom())) {
			throw new SubjectViolation(SubjectViolation.BAD_REQUEST, "licence.ends-before-start", input.validFrom(),
					input.validUntil());
		}
		LicenceInputs.Licence checked = new LicenceInputs.Licence(input.kind(), input.number(), issuer,
				input.issuerName(), input.validFrom(), input.validUntil(), input.scope());
		OffsetDateTime now = OffsetDateTime.now(clock);
		long id = licences.insert(subjectId, checked, source, now);
		if (id < 0) {
			throw new SubjectViolation(SubjectViolation.CONFLICT, "licence.duplicate-number", input.number().strip(),
					input.issuerName().strip());
		}
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("licence", id);
		facts.put("kind", checked.kind().strip());
		facts.put("number", checked.number().strip());
		facts.put("issuer", issuer);
		facts.put("validFrom", checked.validFrom().toString());
		facts.put("validUntil", String.valueOf(checked.validUntil()));
		facts.put("source", source.name());
		publisher.publishEvent(new SubjectRecorded(subjectId, "licence-recorded", caller.accountId(), now, facts));
		return licences.byId(id).orElseThrow();
	}

	/** The subject's licences, newest first (404 outside the caller's jurisdiction). */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('case:read')")
	public List<LicenceView> ofSubject(long subjectId, ScopedPrincipal caller) {
		subjects.byId(subjectId, caller.jurisdiction())
			.orElseThrow(() -> new SubjectViolation(SubjectViolation.NOT_FOUND, "subject.unknown", subjectId));
		return licences.ofSubject(subjectId);
	}

	/**
	 * The codes of the departments that issued the subject a licence — whom to tell of its cases (审管联动). For other
	 * modules' listeners, which act for the platform and not for a user.
	 */
	@Transactional(readOnly = true)
	public List<String> issuersOf(long subjectId) {
		return licences.issuersOf(subjectId);
	}

	/**
	 * The active subjects of these kinds, addressed inside the division, holding on the day a licence (not revoked,
	 * valid) from one of the issuers (their 统一社会信用代码) — a department's responsibility as the inspection module
	 * reads it (docs/adr/0025-inspection-items-and-plans.md). For other modules acting on their own authorised task: no
	 * jurisdiction check. A natural person's code is masked as in every answer.
	 */
	@Transactional(readOnly = true)
	public List<SubjectView> holders(java.util.Collection<String> issuerCodes, java.util.Collection<SubjectKind> kinds,
			String divisionCode, LocalDate on) {
		return licences.holders(issuerCodes, kinds, divisionCode, on);
	}

	/** 吊销/撤销 on a day not in the future; 409 when revoked already. Other modules hear of it ({@link LicenceRevoked}). */
	@Transactional
	@PreAuthorize("hasAuthority('case:handle')")
	public LicenceView revoke(long licenceId, LicenceInputs.Revocation input, ScopedPrincipal caller) {
		LicenceView licence = licences.byId(licenceId)
			.filter(l -> subjects.byId(l.subjectId(), caller.jurisdiction()).isPresent())
			.orElseThrow(() -> new SubjectViolation(SubjectViolation.NOT_FOUND, "licence.unknown", licenceId));
		return revoke(licence, input, caller);
	}

	/**
	 * 审管联动: the issuing department's system revokes one of its own licences of the subject, found by its number;
	 * another issuer's licence is not found (404) (docs/adr/0021-approval-exchange.md).
	 */
	@Transactional
	@PreAuthorize("hasAuthority('licence:push')")
	public LicenceView revokeAsIssuer(String issuerCode, long subjectId, String number,
			LicenceInputs.Revocation input, ScopedPrincipal caller) {
		LicenceView licence = licences.byNumber(issuerCode, number.strip())
			.filter(l -> l.subjectId() == subjectId)
			.filter(l -> subjects.byId(l.subjectId(), caller.jurisdiction()).isPresent())
			.orElseThrow(() -> new SubjectViolation(SubjectViolation.NOT_FOUND, "licence.unknown-number",
					number.strip()));
		return revoke(licence, input, caller);
	}

	private LicenceView revoke(LicenceView licence, LicenceInputs.Revocation input, ScopedPrincipal caller) {
		long licenceId = licence.id();
		LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
		if (input.revokedOn().isAfter(today)) {
			throw new SubjectViolation(SubjectViolation.BAD_REQUEST, "licence.revoked-in-future", input.revokedOn());
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (!licences.revoke(licenceId, input.revokedOn(), input.reason().strip(), now)) {
			throw new SubjectViolation(SubjectViolation.CONFLICT, "licence.already-revoked", licence.revokedOn());
		}
		publisher.publishEvent(new SubjectRecorded(licence.subjectId(), "licence-revoked", caller.accountId(), now,
				Map.of("licence", licenceId, "revokedOn", input.revokedOn().toString(), "reason",
						input.reason().strip())));
		publisher.publishEvent(new LicenceRevoked(licenceId, licence.subjectId(), licence.kind(), licence.number(),
				licence.issuerCode(), input.revokedOn(), input.reason().strip(), now));
		return licences.byId(licenceId).orElseThrow();
	}
}
