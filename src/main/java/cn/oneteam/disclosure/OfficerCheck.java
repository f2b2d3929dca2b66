package cn.oneteam.disclosure;

import java.time.LocalDate;
import java.util.List;

import cn.oneteam.organization.CertificateStatus;
import cn.oneteam.shared.EnforcementDomain;

/**
 * What the public sees of an officer (扫码亮证): the name, the body, the certificate's domains, issuer, period and
 * standing on {@code checkedOn} — nothing else personal (docs/adr/0040-public-portal-and-officer-verification.md).
 */
public record OfficerCheck(String certificateNumber, String name, String body, String issuingAuthority,
		List<EnforcementDomain> domains, LocalDate validFrom, LocalDate validTo, CertificateStatus status,
		LocalDate checkedOn) {

	/** Whether the holder may enforce today (valid on the day). */
	public boolean valid() {
		return status == CertificateStatus.VALID;
	}
}
