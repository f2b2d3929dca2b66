package cn.oneteam.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * 行政处罚决定书 as recorded (处罚法 §59; 市监 §62): the body in whose name it is issued and its number, the party, the
 * facts, the provisions broken and applied, the penalty (kinds other than the fine, named; the fine in yuan), whether the party's statement was adopted and why, how and
 * by when to pay, the remedies, and the date. Nothing here is computed: the case supplies the facts.
 */
public record DecisionDocument(String bodyName, String number, String partyName, String facts,
		@Nullable String violatedProvision, String penaltyProvision, List<String> penaltyKinds, @Nullable BigDecimal fine,
		@Nullable String statementAdoption, LocalDate decidedOn, Payment payment) {

	/** How the fine is paid, as the case applies it: days from receipt (处罚法 §67) and the daily surcharge (§72). */
	public record Payment(int days, BigDecimal surchargeRate) {
	}

	/** The penalty as the decision states it: the kinds, and the fine in upper case and in figures. */
	String penalty() {
		List<String> parts = new ArrayList<>(penaltyKinds);
		if (fine != null) {
			parts.add("罚款人民币" + ChineseAmount.upper(fine) + "（" + ChineseAmount.figures(fine) + "）");
		}
		return String.join("；", parts);
	}
}
