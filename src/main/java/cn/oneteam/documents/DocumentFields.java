package cn.oneteam.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

import org.jspecify.annotations.Nullable;

/**
 * The fields a document's template may name: those every case document offers (the body, the number, the case, the
 * party, the officers, what was proposed, notified, decided, served and paid, the remedies, the file index), plus
 * {@code action.<fact>} for the facts its action recorded and {@code input.<name>} for what the officer fills in.
 * A value is text, or a list (of text, or of rows keyed by column field) for a {@code list} block. A field without
 * a value prints as ／ (a column not to be filled is struck through).
 */
public final class DocumentFields {

	/** Fields of every case document. */
	public static final List<String> COMMON = List.of("body.name", "number", "issuedOn", "case.id", "case.cause",
			"case.matter", "case.place", "case.facts", "case.source", "case.discoveredOn", "case.actOn", "case.filedOn",
			"party.name", "party.kind", "party.codeLabel", "party.code", "party.address", "party.representativeLabel",
			"party.representative", "officers", "officers.text", "law.violated", "law.penalty", "proposed.penalty",
			"notice.servedOn", "hearing.on", "decision.number", "decision.date", "decision.penalty", "decision.fine",
			"decision.statementAdoption", "payment.days", "surcharge.percent", "remedy.reconsiderationDays",
			"remedy.litigationMonths", "served.on", "served.method", "paid.amount", "paid.on", "closed.on",
			"subject.title", "subject.number", "subject.date", "index.main", "index.secondary");

	/** What an absent value prints as. */
	static final String BLANK = "／";

	private DocumentFields() {
	}

	/** The fields a template of the type may name, given the facts of its action ({@link ActionFacts}). */
	public static Set<String> offeredBy(DocumentType type, List<String> actionFacts) {
		Set<String> offered = new LinkedHashSet<>(COMMON);
		actionFacts.forEach(f -> offered.add("action." + f));
		type.inputs().forEach(f -> offered.add("input." + f));
		return offered;
	}

	/** Whether the field has a value worth printing. */
	static boolean present(Map<String, ?> values, String name) {
		Object v = values.get(name);
		return v != null && !(v instanceof String s && (s.isBlank() || s.equals("false")))
				&& !(v instanceof Boolean b && !b) && !(v instanceof Collection<?> c && c.isEmpty());
	}

	/** The text with each placeholder replaced by its value, formatted. */
	static String fill(@Nullable String text, Map<String, ?> values) {
		if (text == null) {
			return "";
		}
		Matcher m = DocumentLayout.PLACEHOLDER.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement(format(values.get(m.group(1)), m.group(2))));
		}
		m.appendTail(out);
		return out.toString();
	}

	/** A value as printed: a date as 2026年7月1日, an amount as asked, a list joined by 、. */
	static String format(@Nullable Object value, @Nullable String format) {
		if (value == null || value instanceof String s && s.isBlank()) {
			return BLANK;
		}
		if (value instanceof Collection<?> list) {
			return list.isEmpty() ? BLANK : String.join("、", list.stream().map(v -> format(v, format)).toList());
		}
		if (value instanceof Boolean b) {
			return b ? "是" : "否";
		}
		String text = value instanceof LocalDate d ? d.toString() : value.toString();
		if (format == null || format.equals("date")) {
			return date(text);
		}
		BigDecimal amount;
		try {
			amount = new BigDecimal(text);
		}
		catch (NumberFormatException e) {
			return text;
		}
		return switch (format) {
			case "upper" -> ChineseAmount.upper(amount);
			case "figures" -> ChineseAmount.figures(amount);
			default -> "人民币" + ChineseAmount.upper(amount) + "（" + ChineseAmount.figures(amount) + "）";
		};
	}

	/** An ISO date (as the record keeps it) as 2026年7月1日 (docs/legal/records.md#dates-in-documents); any other text as it is. */
	private static String date(String text) {
		if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
			try {
				return ChineseDates.of(LocalDate.parse(text));
			}
			catch (DateTimeParseException e) {
				return text;
			}
		}
		return text;
	}
}
