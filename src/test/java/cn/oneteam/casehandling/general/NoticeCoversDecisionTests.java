package cn.oneteam.casehandling.general;

import cn.oneteam.casehandling.PartyKind;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import cn.oneteam.catalog.PenaltyKind;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rule of docs/adr/0015-decision-and-prior-notice.md at its boundaries: a notice covers a decision of its kinds
 * and up to its fine, and a decision in hearing scope only when it told the hearing right; with a natural person's 较大数额 of 2,000 yuan
 * the decision's scope is computed by {@link HearingScope}. "-" is nothing.
 */
class NoticeCoversDecisionTests {

	private static final HearingScope.Thresholds THRESHOLDS = new HearingScope.Thresholds(new BigDecimal("2000"),
			new BigDecimal("10000"));

	@ParameterizedTest(name = "served {0}, notified {1} {2} hearing {3}, decided {4} {5}: {6}")
	@CsvSource(nullValues = "-", value = { "true, FINE, 1999.99, false, FINE, 1999.99, -",
			"true, FINE, 1999.99, false, FINE, 2000, case.decision-needs-hearing-notice",
			"true, FINE, 1999.99, false, FINE, 2000.01, case.decision-needs-hearing-notice",
			"true, FINE, 2000, true, FINE, 2000, -", "true, FINE, 2000, true, FINE, 1999.99, -",
			"true, FINE, 2000, true, FINE, 2000.01, case.decision-exceeds-notice",
			"true, FINE, 1000, false, FINE, 1000.01, case.decision-exceeds-notice",
			"true, FINE, 1000, false, FINE, 999.99, -",
			"true, FINE, 100, false, FINE;WARNING, 100, case.decision-kind-not-notified",
			"true, FINE;WARNING, 500, false, WARNING, -, -",
			"true, FINE, 100, false, FINE;ORDER_SUSPENSION, 100, case.decision-needs-hearing-notice",
			"true, FINE;ORDER_SUSPENSION, 100, true, ORDER_SUSPENSION, -, -",
			"true, WARNING, -, false, CONFISCATE_ILLEGAL_GAINS, -, case.decision-kind-not-notified",
			"false, -, -, false, FINE, 2000, -" })
	void aNoticeCoversTheKindsAndAmountItNamedAndTheHearingItOffered(boolean served, @Nullable String notified,
			@Nullable BigDecimal notifiedFine, boolean hearingNotified, String decided, @Nullable BigDecimal fine,
			@Nullable String reason) {
		boolean inScope = HearingScope.applies(kinds(decided), fine, null, PartyKind.NATURAL_PERSON, true, THRESHOLDS);
		assertThat(NoticeCoversDecision.reasonAgainst(served, kinds(notified), notifiedFine, hearingNotified,
				kinds(decided), fine, inScope))
			.isEqualTo(Optional.ofNullable(reason));
		assertThat(NoticeCoversDecision.newNoticeNeeded(served, kinds(notified), notifiedFine, hearingNotified,
				kinds(decided), fine, inScope)).isEqualTo(reason != null);
	}

	private static Set<PenaltyKind> kinds(@Nullable String names) {
		Set<PenaltyKind> kinds = EnumSet.noneOf(PenaltyKind.class);
		if (names != null) {
			Arrays.stream(names.split(";")).map(PenaltyKind::valueOf).forEach(kinds::add);
		}
		return kinds;
	}
}
