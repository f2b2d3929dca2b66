package cn.oneteam.disclosure;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * 开放数据目录 (docs/adr/0045-annual-enforcement-statistics.md): the open-data sets the portal offers for republishing —
 * each by its address, format and a title in the visitor's language — and the terms of reuse from configuration. The
 * sets are the public JSON, CSV and Atom answers of the disclosure, inspection and supervision modules; the index
 * only names them.
 */
@Service
@EnableConfigurationProperties(OpenDataSettings.class)
public class OpenDataIndex {

	/** One set: a stable id, its title and description in the visitor's language, format and address. */
	public record DataSet(String id, String title, String description, String format, String url) {
	}

	/** The index: the terms of reuse (and where their full text is) and the sets. */
	public record Index(String terms, @Nullable String termsUrl, List<DataSet> sets) {
	}

	/** id, format, address (a {placeholder} is filled by the user). */
	private static final List<String[]> SETS = List.of(
			new String[] { "statistics", "JSON", "/api/v1/public/statistics?body={bodyId}&year={year}" },
			new String[] { "statistics-year", "JSON", "/api/v1/public/statistics/{year}" },
			new String[] { "statistics-csv", "CSV", "/api/v1/public/statistics/{year}.csv" },
			new String[] { "decisions", "JSON", "/api/v1/public/decisions" },
			new String[] { "decisions-atom", "Atom", "/api/v1/public/decisions.atom" },
			new String[] { "bodies", "JSON", "/api/v1/public/bodies" },
			new String[] { "matters", "JSON", "/api/v1/public/bodies/{bodyId}/matters" },
			new String[] { "empowerment", "JSON", "/api/v1/public/empowerment" },
			new String[] { "qualifications", "JSON", "/api/v1/public/qualifications" },
			new String[] { "officers", "JSON", "/api/v1/public/officers/{certificateNumber}" },
			new String[] { "draws", "JSON", "/api/v1/public/inspections/draws" },
			new String[] { "results", "JSON", "/api/v1/public/inspections/results" });

	private final MessageSource messages;

	private final OpenDataSettings settings;

	OpenDataIndex(MessageSource messages, OpenDataSettings settings) {
		this.messages = messages;
		this.settings = settings;
	}

	/** The index in the locale (English for an English locale, Chinese otherwise). */
	public Index index(Locale locale) {
		boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
		List<DataSet> sets = SETS.stream()
			.map(s -> new DataSet(s[0], messages.getMessage("disclosure.opendata.set." + s[0], null, locale),
					messages.getMessage("disclosure.opendata.set." + s[0] + ".hint", null, locale), s[1], s[2]))
			.toList();
		String url = settings.termsUrl() == null || settings.termsUrl().isBlank() ? null : settings.termsUrl().strip();
		return new Index(english ? settings.termsEn() : settings.terms(), url, sets);
	}
}
