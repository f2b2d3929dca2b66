package cn.oneteam.organization;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import cn.oneteam.shared.EnforcementDomain;

/**
 * 执法证: an enforcement certificate with the domains it covers, its validity period (both days included) and its
 * history. Its status on a day follows from both: outside the period it is not valid; a revocation is final;
 * otherwise the latest event on or before the day decides (a suspension or a failed yearly check suspends; an
 * issue, reinstatement or passed check restores).
 */
public record Certificate(long id, PersonId holder, String number, String issuingAuthority,
		Set<EnforcementDomain> domains, LocalDate validFrom, LocalDate validTo, List<CertificateEvent> history) {

	public Certificate {
		if (validTo.isBefore(validFrom)) {
			throw new OrganizationViolation(OrganizationViolation.BAD_REQUEST, "certificate.period-reversed", validFrom,
					validTo);
		}
		domains = Set.copyOf(domains);
		history = history.stream()
			.sorted(Comparator.comparing(CertificateEvent::effectiveOn).thenComparing(CertificateEvent::id))
			.toList();
	}

	public CertificateStatus statusOn(LocalDate day) {
		if (day.isBefore(validFrom)) {
			return CertificateStatus.NOT_YET_VALID;
		}
		if (day.isAfter(validTo)) {
			return CertificateStatus.EXPIRED;
		}
		List<CertificateEvent> past = history.stream().filter(e -> !e.effectiveOn().isAfter(day)).toList();
		if (past.stream().anyMatch(e -> e.kind() == CertificateEventKind.REVOKED)) {
			return CertificateStatus.REVOKED;
		}
		return past.isEmpty() || past.get(past.size() - 1).kind().leavesValid() ? CertificateStatus.VALID
				: CertificateStatus.SUSPENDED;
	}

	/** Valid on the day and covering the domain (处罚法 §42). */
	public boolean authorises(EnforcementDomain domain, LocalDate day) {
		return domains.contains(domain) && statusOn(day) == CertificateStatus.VALID;
	}

	/** One entry of a certificate's history. */
	public record CertificateEvent(long id, CertificateEventKind kind, LocalDate effectiveOn, String note) {
	}
}
