package cn.oneteam.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A test fixture: 行政处罚决定书 as recorded (处罚法 §59; 市监 §62): the body in whose name it is issued and its number, the party, the
 * facts, the provisions broken and applied, the penalty (kinds other than the fine, named; the fine in yuan), whether the party's statement was adopted and why, how and
 * by when to pay, the remedies, and the date. Nothing here is computed: the case supplies the facts.
 */
record DecisionDocument(String bodyName, String number, String partyName, String facts,
		@Nullable String violatedProvision, String penaltyProvision, List<String> penaltyKinds, @Nullable BigDecimal fine,
		@Nullable String statementAdoption, LocalDate decidedOn, Payment payment) {

	/** How the fine is paid: days from receipt (处罚法 §67) and the daily surcharge (§72). */
	record Payment(int days, BigDecimal surchargeRate) {
	}

	/** The decision's fields as the templates name them ({@link DocumentFields}). */
	Map<String, Object> values() {
		Map<String, Object> values = new HashMap<>();
		values.put("body.name", bodyName);
		values.put("number", number);
		values.put("decision.number", number);
		values.put("party.name", partyName);
		values.put("case.facts", facts);
		values.put("law.violated", violatedProvision);
		values.put("law.penalty", penaltyProvision);
		values.put("decision.penalty", penalty());
		values.put("decision.fine", fine == null ? null : fine.toPlainString());
		values.put("decision.statementAdoption", statementAdoption);
		values.put("decision.date", decidedOn.toString());
		values.put("issuedOn", decidedOn.toString());
		values.put("payment.days", String.valueOf(payment.days()));
		values.put("surcharge.percent", PenaltyWording.percent(payment.surchargeRate()));
		values.put("remedy.reconsiderationDays", "60");
		values.put("remedy.litigationMonths", "6");
		return values;
	}

	/** The penalty as the decision states it: the kinds, and the fine in upper case and in figures. */
	String penalty() {
		return PenaltyWording.penalty(penaltyKinds, fine);
	}
}
