package cn.oneteam.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.oneteam.organization.Certificate.CertificateEvent;
import cn.oneteam.shared.EnforcementDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Certificate validity on exact boundary days, and its history. */
class CertificateTests {

	private static final LocalDate FROM = LocalDate.of(2024, 1, 1);

	private static final LocalDate TO = LocalDate.of(2028, 12, 31);

	private static Certificate certificate(CertificateEvent... events) {
		return new Certificate(1, new PersonId(1), "QH6328020001", "青海省人民政府",
				Set.of(EnforcementDomain.URBAN_MANAGEMENT), FROM, TO, List.of(events));
	}

	private static CertificateEvent event(long id, CertificateEventKind kind, String day) {
		return new CertificateEvent(id, kind, LocalDate.parse(day), "");
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource({ "2023-12-31, NOT_YET_VALID", "2024-01-01, VALID", "2028-12-31, VALID", "2029-01-01, EXPIRED" })
	void isValidFromTheFirstToTheLastDayInclusive(LocalDate day, CertificateStatus status) {
		assertThat(certificate(event(1, CertificateEventKind.ISSUED, "2024-01-01")).statusOn(day)).isEqualTo(status);
	}

	@Test
	void aSuspensionHoldsUntilReinstatement() {
		Certificate c = certificate(event(1, CertificateEventKind.ISSUED, "2024-01-01"),
				event(2, CertificateEventKind.SUSPENDED, "2026-09-01"),
				event(3, CertificateEventKind.REINSTATED, "2026-10-08"));
		assertThat(c.statusOn(LocalDate.of(2026, 8, 31))).isEqualTo(CertificateStatus.VALID);
		assertThat(c.statusOn(LocalDate.of(2026, 9, 1))).isEqualTo(CertificateStatus.SUSPENDED);
		assertThat(c.statusOn(LocalDate.of(2026, 10, 7))).isEqualTo(CertificateStatus.SUSPENDED);
		assertThat(c.statusOn(LocalDate.of(2026, 10, 8))).isEqualTo(CertificateStatus.VALID);
	}

	@Test
	void aFailedYearlyCheckSuspendsAndAPassedOneRestores() {
		Certificate c = certificate(event(1, CertificateEventKind.ISSUED, "2024-01-01"),
				event(2, CertificateEventKind.YEARLY_CHECK_FAILED, "2025-03-01"),
				event(3, CertificateEventKind.YEARLY_CHECK_PASSED, "2025-06-01"));
		assertThat(c.statusOn(LocalDate.of(2025, 3, 1))).isEqualTo(CertificateStatus.SUSPENDED);
		assertThat(c.statusOn(LocalDate.of(2025, 6, 1))).isEqualTo(CertificateStatus.VALID);
	}

	@Test
	void aRevocationIsFinal() {
		Certificate c = certificate(event(1, CertificateEventKind.ISSUED, "2024-01-01"),
				event(2, CertificateEventKind.REVOKED, "2025-01-01"),
				event(3, CertificateEventKind.REINSTATED, "2025-02-01"));
		assertThat(c.statusOn(LocalDate.of(2024, 12, 31))).isEqualTo(CertificateStatus.VALID);
		assertThat(c.statusOn(LocalDate.of(2025, 2, 2))).isEqualTo(CertificateStatus.REVOKED);
	}

	@Test
	void authorisesOnlyItsDomainsWhileValid() {
		Certificate c = certificate(event(1, CertificateEventKind.ISSUED, "2024-01-01"));
		assertThat(c.authorises(EnforcementDomain.URBAN_MANAGEMENT, TO)).isTrue();
		assertThat(c.authorises(EnforcementDomain.MARKET_SUPERVISION, TO)).isFalse();
		assertThat(c.authorises(EnforcementDomain.URBAN_MANAGEMENT, TO.plusDays(1))).isFalse();
	}

	@Test
	void refusesAValidToBeforeTheValidFrom() {
		assertThatThrownBy(() -> new NewCertificate("X1", "青海省人民政府", Set.of(EnforcementDomain.TRANSPORT), TO, FROM))
			.isInstanceOfSatisfying(OrganizationViolation.class,
					v -> assertThat(v.code()).isEqualTo("certificate.period-reversed"));
		assertThat(new NewCertificate("X1", "青海省人民政府", Set.of(EnforcementDomain.TRANSPORT), FROM, FROM).validTo())
			.isEqualTo(FROM);
	}

	@ParameterizedTest(name = "{0} of {1} = {2} %")
	@CsvSource({ "7, 8, 87.5", "4, 5, 80.0", "6, 7, 85.7", "3, 4, 75.0", "282, 650, 43.4", "1, 3, 33.3" })
	void ratesArePercentagesWithOneDecimalHalfUp(int part, int whole, String percent) {
		assertThat(StaffingFigures.percent(part, whole)).isEqualByComparingTo(percent);
	}

	@Test
	void aRateOfNothingIsNotZero() {
		assertThat(StaffingFigures.percent(0, 0)).isNull();
	}
}
