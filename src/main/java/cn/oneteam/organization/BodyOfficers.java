package cn.oneteam.organization;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import cn.oneteam.shared.EnforcementDomain;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 执法人员清单: the officers of a body holding an enforcement certificate valid on a day, for the public list of a
 * body's officers (docs/adr/0041-public-lists-before-enforcement.md). Certificates are public (处罚法 §55); only the
 * holder's name and the certificate are given — no person id, nothing else of the person.
 */
@Service
public class BodyOfficers {

	private final PeopleRepository people;

	BodyOfficers(PeopleRepository people) {
		this.people = people;
	}

	/**
	 * The certificates valid on {@code day} ({@link Certificate#statusOn}) of the people of the organisation in post on
	 * that day, by holder's name as a Chinese reader orders names (pinyin), then number.
	 */
	@Transactional(readOnly = true)
	public List<CertifiedOfficer> certifiedOn(OrganizationId organization, LocalDate day) {
		List<CertifiedOfficer> officers = new ArrayList<>();
		for (Person person : people.people(organization.value())) {
			if (!person.inPostOn(day)) {
				continue;
			}
			for (Certificate c : people.certificatesOf(person.id().value())) {
				if (c.statusOn(day) == CertificateStatus.VALID) {
					officers.add(new CertifiedOfficer(person.name(), c.number(), c.issuingAuthority(), c.domains(),
							c.validFrom(), c.validTo()));
				}
			}
		}
		officers.sort(Comparator.comparing(CertifiedOfficer::name, Collator.getInstance(Locale.CHINA))
			.thenComparing(CertifiedOfficer::certificateNumber));
		return officers;
	}

	/** An officer as the public may see them: the name and the certificate (number, issuer, domains, period). */
	public record CertifiedOfficer(String name, String certificateNumber, String issuingAuthority,
			Set<EnforcementDomain> domains, LocalDate validFrom, LocalDate validTo) {
	}
}
