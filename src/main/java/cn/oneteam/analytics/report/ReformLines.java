package cn.oneteam.analytics.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The report's figures as lines in the reader's language: label, value, unit and definition (a footnote each). */
@Component
class ReformLines {

	private final MessageSource messages;

	ReformLines(MessageSource messages) {
		this.messages = messages;
	}

	/** One figure, ready to print: its section, key, argument, label, value, unit ("%" or blank) and definition. */
	record Line(String section, String key, @Nullable String argument, String label, @Nullable BigDecimal value,
			String unit, String definition) {

		public String shown() {
			return value == null ? "—" : value.toPlainString() + unit;
		}
	}

	List<Line> of(ReformReport report, Locale locale) {
		return report.sections().stream().flatMap(s -> s.figures().stream().map(f -> line(s.key(), f, locale))).toList();
	}

	String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}

	private Line line(String section, ReformReport.Figure f, Locale locale) {
		String base = baseKey(f.key());
		String argument = f.argument() == null ? null
				: f.key().equals("matters.moved.domain") ? text("domain." + f.argument(), locale)
						: f.name() != null ? f.name() : f.argument();
		return new Line(section, f.key(), f.argument(), text("reform.figure." + f.key(), locale, argument), f.value(),
				isRate(f.key()) ? " %" : "", text("reform.definition." + base, locale));
	}

	/** Keys repeated per township mode share one definition. */
	private static String baseKey(String key) {
		return key.startsWith("empowered.township.") ? "empowered.township" : key;
	}

	private static boolean isRate(String key) {
		return key.endsWith("-rate") || key.endsWith(".ratio") || key.endsWith(".share") || key.endsWith("target")
				|| key.equals("teams.consolidation") || key.endsWith("-share") || key.startsWith("whistles.")
						&& !key.equals("whistles.raised") && !key.equals("whistles.summoned")
				|| key.startsWith("assessment.weight.");
	}
}
