package cn.oneteam.analytics.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The reform report of a division and year, counted on {@code day} (the year's last day, or today in the current year):
 * sections of figures, each figure named by a key whose label and definition are message keys
 * ({@code reform.figure.<key>}, {@code reform.definition.<key>}), with an argument where one key repeats (a township's
 * code, a domain, a kind of responder). None as value: no base to compute a rate on. The authorised posts and each
 * person's category, post kind and team have no dated history: the staffing figures read them as recorded on
 * {@code staffingAsOf}, today, whatever the year (docs/adr/0051-reform-report.md).
 */
record ReformReport(String division, String divisionName, int year, LocalDate day, LocalDate staffingAsOf,
		List<Section> sections) {

	/** Sections in the order the report prints them. */
	static final List<String> SECTIONS = List.of("staffing", "teams", "matters", "empowerment", "cases", "inspections",
			"whistles", "assessment");

	/** The bar charts of the page and the PDF: each a title key and the figures it draws. */
	static final Map<String, List<String>> CHARTS = new LinkedHashMap<>();

	static {
		CHARTS.put("posts", List.of("posts.authorised", "posts.filled", "posts.vacant"));
		CHARTS.put("cases", List.of("cases.simple", "cases.general"));
		CHARTS.put("inspections", List.of("inspections.before", "inspections.after"));
	}

	record Section(String key, List<Figure> figures) {
	}

	/**
	 * One figure: its key, the argument that tells repeated keys apart (a code), the argument as its label prints it
	 * (a name; the argument itself when none), its value (a count, or a percentage).
	 */
	record Figure(String key, @Nullable String argument, @Nullable String name, @Nullable BigDecimal value) {

		static Figure count(String key, long value) {
			return new Figure(key, null, null, BigDecimal.valueOf(value));
		}

		static Figure of(String key, @Nullable String argument, long value) {
			return new Figure(key, argument, null, BigDecimal.valueOf(value));
		}

		static Figure named(String key, String argument, String name, long value) {
			return new Figure(key, argument, name, BigDecimal.valueOf(value));
		}

		static Figure rate(String key, @Nullable BigDecimal value) {
			return new Figure(key, null, null, value);
		}
	}

	/** A percentage with one decimal, half up; none when the base is zero. */
	static @Nullable BigDecimal percent(long part, long whole) {
		return whole == 0 ? null
				: BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

	/** The value of the first figure with the key (and the argument, when given); for charts and tests. */
	@Nullable BigDecimal value(String key, @Nullable String argument) {
		return sections.stream().flatMap(s -> s.figures().stream())
			.filter(f -> f.key().equals(key) && (argument == null || argument.equals(f.argument())))
			.map(Figure::value).findFirst().orElse(null);
	}
}
