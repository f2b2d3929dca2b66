package cn.oneteam.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 扫码亮证: a certificate by its number with its holder's name and body, for the public verification of an officer
 * (docs/adr/0040-public-portal-and-officer-verification.md). Certificates are public (处罚法 §55); nothing else of
 * the person is given.
 */
@Service
public class CertificateHolders {

	private final CertificatesByNumber certificates;

	private final PeopleRepository people;

	private final OrganizationRepository organizations;

	CertificateHolders(CertificatesByNumber certificates, PeopleRepository people,
			OrganizationRepository organizations) {
		this.certificates = certificates;
		this.people = people;
		this.organizations = organizations;
	}

	/** The newest certificate with this number (a renewal may keep it), its holder's name and body's name. */
	@Transactional(readOnly = true)
	public Optional<HeldCertificate> byNumber(String number) {
		List<Certificate> found = certificates.of(List.of(number)).getOrDefault(number, List.of());
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Certificate newest = found.get(found.size() - 1);
		return people.findPerson(newest.holder().value())
			.flatMap(person -> organizations.find(person.organizationId().value())
				.map(body -> new HeldCertificate(newest, person.name(), body.name())));
	}

	/** A certificate with the holder's name and the name of the body the holder belongs to. */
	public record HeldCertificate(Certificate certificate, String holderName, String bodyName) {
	}
}
