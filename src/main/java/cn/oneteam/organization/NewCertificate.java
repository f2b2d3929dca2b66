package cn.oneteam.organization;

import java.time.LocalDate;
import java.util.Set;

import cn.oneteam.shared.EnforcementDomain;

/** What issuing a certificate needs: an opaque number, the issuer, the domains and the period (days included). */
public record NewCertificate(String number, String issuingAuthority, Set<EnforcementDomain> domains,
		LocalDate validFrom, LocalDate validTo) {

	public NewCertificate {
		if (validTo.isBefore(validFrom)) {
			throw new OrganizationViolation(OrganizationViolation.BAD_REQUEST, "certificate.period-reversed", validFrom,
					validTo);
		}
		if (domains.isEmpty()) {
			throw new OrganizationViolation(OrganizationViolation.BAD_REQUEST, "certificate.no-domain");
		}
		domains = Set.copyOf(domains);
	}
}
