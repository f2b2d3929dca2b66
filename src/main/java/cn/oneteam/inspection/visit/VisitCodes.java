package cn.oneteam.inspection.visit;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import cn.oneteam.organization.CertificateStatus;
import cn.oneteam.organization.Officers;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 检查码 (docs/adr/0027-visits-and-codes.md): made when a visit is planned — 12 characters of Crockford's base 32 (no I,
 * L, O, U), 60 random bits — and checked when an inspector uses it. A use outside the visit's window, by someone who
 * is not one of its inspectors, or with another visit's code is refused (409) and the refusal recorded in a
 * transaction of its own, so it stays although the refused action changes nothing.
 */
@Component
public class VisitCodes {

	/** Crockford's base 32 without I, L, O, U: the characters of codes and rating secrets. */
	public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	static final int LENGTH = 12;

	private final SecureRandom random = new SecureRandom();

	private final VisitRepository repository;

	private final Officers officers;

	private final TransactionTemplate separate;

	private final Clock clock;

	VisitCodes(VisitRepository repository, Officers officers, PlatformTransactionManager transactions, Clock clock) {
		this.repository = repository;
		this.officers = officers;
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** A new code no visit carries yet. */
	String newCode() {
		while (true) {
			StringBuilder code = new StringBuilder(LENGTH);
			for (int i = 0; i < LENGTH; i++) {
				code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
			}
			if (!repository.codeTaken(code.toString())) {
				return code.toString();
			}
		}
	}

	/** The code as people type it: upper case, without spaces or dashes, O read as 0 and I or L as 1. */
	public static String normalise(String typed) {
		return typed.strip()
			.toUpperCase(Locale.ROOT)
			.replace(" ", "")
			.replace("-", "")
			.replace('O', '0')
			.replace('I', '1')
			.replace('L', '1');
	}

	/**
	 * An inspector uses the visit's code (when recording its result): accepted when it is the visit's code, today lies
	 * in the visit's window and the caller holds one of the visit's inspectors' certificates. Every use is recorded;
	 * a refusal throws 409 ({@code inspection.code-wrong}, {@code inspection.code-cancelled} — the visit was stopped,
	 * docs/adr/0027-visits-and-codes.md — {@code inspection.code-outside-window},
	 * {@code inspection.code-not-an-inspector}) after its record is committed.
	 */
	public void use(Visit visit, String code, ScopedPrincipal caller) {
		OffsetDateTime at = OffsetDateTime.now(clock);
		LocalDate today = at.atZoneSameInstant(ChinaTime.ZONE).toLocalDate();
		String typed = normalise(code);
		String refusal = null;
		if (!typed.equals(visit.code())) {
			refusal = "inspection.code-wrong";
		}
		else if (visit.state() == VisitState.CANCELLED) {
			refusal = "inspection.code-cancelled";
		}
		else if (!visit.inWindow(today)) {
			refusal = "inspection.code-outside-window";
		}
		else if (!isInspector(visit, caller)) {
			refusal = "inspection.code-not-an-inspector";
		}
		String refused = refusal;
		if (refused != null) {
			separate.executeWithoutResult(s -> repository.recordCodeUse(visit.id(), typed.length() > 64
					? typed.substring(0, 64) : typed, caller.accountId(), at, refused));
			throw new RuleViolation(RuleViolation.CONFLICT, refused, visit.windowFrom(), visit.windowUntil());
		}
		repository.recordCodeUse(visit.id(), typed, caller.accountId(), at, null);
	}

	/** Whether the caller holds the certificate of one of the visit's inspectors. */
	public boolean isInspector(Visit visit, ScopedPrincipal caller) {
		return certificatesOf(caller).stream().anyMatch(visit.inspectors()::contains);
	}

	/**
	 * The certificate numbers, valid today, of the person whose account the caller signed in with (none for a
	 * non-officer): a revoked, suspended or expired certificate neither records nor publishes
	 * (docs/adr/0027-visits-and-codes.md).
	 */
	public Set<String> certificatesOf(ScopedPrincipal caller) {
		LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
		return officers.personOfAccount(caller.accountId())
			.map(p -> officers.person(p.id(), caller.jurisdiction())
				.certificates()
				.stream()
				.filter(c -> c.statusOn(today) == CertificateStatus.VALID)
				.map(c -> c.number())
				.collect(Collectors.toSet()))
			.orElse(Set.of());
	}
}
