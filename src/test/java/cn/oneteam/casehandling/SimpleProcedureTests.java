package cn.oneteam.casehandling;

import cn.oneteam.casehandling.simple.SimpleProcedure;
import java.math.BigDecimal;
import java.util.Set;

import cn.oneteam.catalog.PenaltyKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** 处罚法 §51 at its boundaries: 200 / 200.01 for citizens, 3,000 / 3,000.01 for organisations. */
class SimpleProcedureTests {

	private static final Set<PenaltyKind> FINE = Set.of(PenaltyKind.FINE);

	@ParameterizedTest(name = "{0} yuan on {1}: allowed {2}")
	@CsvSource({ "200, NATURAL_PERSON, true", "200.01, NATURAL_PERSON, false", "3000, ORGANISATION, true",
			"3000.01, ORGANISATION, false", "201, ORGANISATION, true", "0.01, NATURAL_PERSON, true",
			"0, NATURAL_PERSON, false", "200, INDIVIDUAL_BUSINESS, true", "201, INDIVIDUAL_BUSINESS, false" })
	void finesWithinTheLimitsMayBeDecidedOnTheSpot(BigDecimal fine, PartyKind party, boolean allowed) {
		assertThat(SimpleProcedure.reasonsAgainst(FINE, fine, party, true).isEmpty()).isEqualTo(allowed);
	}

	@ParameterizedTest(name = "{0} yuan on {1}: refused as not positive")
	@CsvSource({ "0, NATURAL_PERSON", "-1, NATURAL_PERSON", "0.00, ORGANISATION", "-1, ORGANISATION",
			"-0.01, INDIVIDUAL_BUSINESS" })
	void aFineOfNothingOrLessIsRefusedAsNotPositiveNotAsOverTheLimit(BigDecimal fine, PartyKind party) {
		assertThat(SimpleProcedure.reasonsAgainst(FINE, fine, party, true)).containsExactly("case.simple-fine-not-positive");
	}

	@Test
	void theSmallestFineIsAllowedAndTheLimitsStayWhereTheyWere() {
		assertThat(SimpleProcedure.reasonsAgainst(FINE, new BigDecimal("0.01"), PartyKind.NATURAL_PERSON, true)).isEmpty();
		assertThat(SimpleProcedure.reasonsAgainst(FINE, new BigDecimal("0.01"), PartyKind.ORGANISATION, true)).isEmpty();
		assertThat(SimpleProcedure.reasonsAgainst(FINE, new BigDecimal("200.01"), PartyKind.NATURAL_PERSON, true))
			.containsExactly("case.simple-fine-over-citizen");
		assertThat(SimpleProcedure.reasonsAgainst(FINE, new BigDecimal("3000.01"), PartyKind.ORGANISATION, true))
			.containsExactly("case.simple-fine-over-organisation");
	}

	@Test
	void individualBusinessesCountAsOrganisationsWhenConfiguredSo() {
		assertThat(SimpleProcedure.reasonsAgainst(FINE, new BigDecimal("201"), PartyKind.INDIVIDUAL_BUSINESS, false))
			.isEmpty();
		assertThat(SimpleProcedure.reasonsAgainst(FINE, new BigDecimal("201"), PartyKind.INDIVIDUAL_BUSINESS, true))
			.containsExactly("case.simple-fine-over-citizen");
	}

	@Test
	void onlyAWarningOrAFineMayBeGivenOnTheSpot() {
		assertThat(SimpleProcedure.reasonsAgainst(Set.of(PenaltyKind.WARNING), null, PartyKind.NATURAL_PERSON, true))
			.isEmpty();
		assertThat(SimpleProcedure.reasonsAgainst(Set.of(PenaltyKind.WARNING, PenaltyKind.FINE), new BigDecimal("50"),
				PartyKind.NATURAL_PERSON, true)).isEmpty();
		assertThat(SimpleProcedure.reasonsAgainst(Set.of(PenaltyKind.FINE, PenaltyKind.CONFISCATE_ILLEGAL_GAINS),
				new BigDecimal("50"), PartyKind.NATURAL_PERSON, true)).contains("case.simple-kind-not-allowed");
		assertThat(SimpleProcedure.reasonsAgainst(Set.of(PenaltyKind.WARNING), new BigDecimal("50"),
				PartyKind.NATURAL_PERSON, true)).containsExactly("case.fine-kind-mismatch");
	}
}
