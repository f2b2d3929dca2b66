package cn.oneteam.catalog;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.oneteam.catalog.ImportReport.Outcome;
import cn.oneteam.shared.EnforcementDomain;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.SpreadsheetDay;
import cn.oneteam.shared.UploadedTable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Catalogue import and export as CSV (UTF-8 with BOM, so that spreadsheet programs read the Chinese) and Excel
 * (.xlsx), one row per matter version. An import applies all rows or none: a row that would rewrite history or is
 * broken rejects the file, with a report of every row. Importing an exported file again changes nothing.
 */
@Service
public class CatalogTransfer {

	static final List<String> COLUMNS = List.of("code", "domain", "kind", "level", "name", "violated_law",
			"violated_article", "penalty_law", "penalty_article", "penalty_kinds", "fine_kind", "fine_min", "fine_max",
			"multiple_base", "effective_from", "effective_to");

	static final int MAX_ROWS = 20_000;

	private final Catalog catalog;

	CatalogTransfer(Catalog catalog) {
		this.catalog = catalog;
	}

	@Transactional(readOnly = true)
	public byte[] exportCsv() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
				CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
			out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			for (List<String> row : rows()) {
				printer.printRecord(row.stream().map(CatalogTransfer::cell).toList());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	@Transactional(readOnly = true)
	public byte[] exportXlsx() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "OneTeam", "1.0");
			Worksheet sheet = workbook.newWorksheet("matters");
			for (int c = 0; c < COLUMNS.size(); c++) {
				sheet.value(0, c, COLUMNS.get(c));
			}
			int r = 1;
			for (List<String> row : rows()) {
				for (int c = 0; c < row.size(); c++) {
					sheet.value(r, c, cell(row.get(c)));
				}
				r++;
			}
			workbook.finish();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private List<List<String>> rows() {
		List<List<String>> rows = new ArrayList<>();
		for (Matter m : catalog.matters()) {
			for (MatterVersion v : m.versions()) {
				StatutoryFine f = v.fine();
				rows.add(List.of(m.code(), m.domain().name(), m.kind().name(), m.level().name(), v.name(),
						text(v.violatedLaw()), text(v.violatedArticle()), v.penaltyLaw(), v.penaltyArticle(),
						v.penaltyKinds().stream().map(Enum::name).sorted().collect(Collectors.joining("|")),
						f.kind().name(), f.min() == null ? "" : f.min().toPlainString(),
						f.max() == null ? "" : f.max().toPlainString(), text(f.multipleBase()), v.effectiveFrom().toString(),
						v.effectiveTo() == null ? "" : v.effectiveTo().toString()));
			}
		}
		return rows;
	}

	/** Imports a CSV or .xlsx file (by its name); all rows or none. */
	@Transactional(rollbackFor = ImportRejected.class)
	@PreAuthorize("hasAuthority('catalog:manage')")
	public ImportReport importFile(String filename, byte[] content) {
		List<UploadedTable.Line<String>> records = UploadedTable
			.read(filename, new ByteArrayInputStream(content), MAX_ROWS,
					name -> Optional.of(name.toLowerCase(Locale.ROOT)).filter(COLUMNS::contains), header -> requireHeader(header.keySet()))
			.lines();
		List<ImportReport.Row> lines = new ArrayList<>();
		for (UploadedTable.Line<String> record : records) {
			Map<String, String> cells = new HashMap<>();
			record.cells().forEach((column, value) -> cells.put(column, uncell(value)));
			String code = cells.getOrDefault("code", "");
			try {
				lines.add(new ImportReport.Row(record.row(), code, apply(cells), null, List.of()));
			}
			catch (RuleViolation violation) {
				lines.add(new ImportReport.Row(record.row(), code, Outcome.REJECTED, violation.code(),
						List.of(violation.arguments())));
			}
		}
		ImportReport report = ImportReport.of(lines);
		if (report.rejected() > 0) {
			throw new ImportRejected(report);
		}
		return report;
	}

	private Outcome apply(Map<String, String> r) {
		String code = required(r, "code");
		EnforcementDomain domain = enumValue(EnforcementDomain.class, r, "domain");
		MatterKind kind = enumValue(MatterKind.class, r, "kind");
		MatterLevel level = enumValue(MatterLevel.class, r, "level");
		MatterVersion version = version(r);
		Optional<Matter> existing = catalog.find(code);
		if (existing.isEmpty()) {
			catalog.register(new NewMatter(code, domain, kind, level, version));
			return Outcome.CREATED;
		}
		Matter matter = existing.get();
		if (matter.domain() != domain || matter.kind() != kind || matter.level() != level) {
			throw new CatalogViolation(CatalogViolation.UNPROCESSABLE, "import.classification-changed", code);
		}
		Optional<MatterVersion> same = matter.versions()
			.stream()
			.filter(v -> v.effectiveFrom().equals(version.effectiveFrom()))
			.findFirst();
		if (same.isPresent()) {
			boolean closedByLaterVersion = !same.get().equals(matter.latest()) && version.effectiveTo() == null;
			if (sameContent(same.get(), version, closedByLaterVersion)) {
				return Outcome.UNCHANGED;
			}
			throw new CatalogViolation(CatalogViolation.UNPROCESSABLE, "import.version-differs", code,
					version.effectiveFrom());
		}
		catalog.revise(code, version);
		return Outcome.REVISED;
	}

	/** The same version, where an open end in the file may stand for the day before the next version started. */
	private static boolean sameContent(MatterVersion a, MatterVersion b, boolean closedByLaterVersion) {
		return a.name().equals(b.name()) && Objects.equals(a.violatedLaw(), b.violatedLaw())
				&& Objects.equals(a.violatedArticle(), b.violatedArticle()) && a.penaltyLaw().equals(b.penaltyLaw())
				&& a.penaltyArticle().equals(b.penaltyArticle()) && a.penaltyKinds().equals(b.penaltyKinds())
				&& sameFine(a.fine(), b.fine()) && (closedByLaterVersion || Objects.equals(a.effectiveTo(), b.effectiveTo()));
	}

	private static boolean sameFine(StatutoryFine a, StatutoryFine b) {
		return a.kind() == b.kind() && sameNumber(a.min(), b.min()) && sameNumber(a.max(), b.max())
				&& Objects.equals(a.multipleBase(), b.multipleBase());
	}

	private static boolean sameNumber(@Nullable BigDecimal a, @Nullable BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	private static MatterVersion version(Map<String, String> r) {
		EnumSet<PenaltyKind> kinds = EnumSet.noneOf(PenaltyKind.class);
		String listed = r.getOrDefault("penalty_kinds", "").trim();
		for (String k : listed.isEmpty() ? new String[0] : listed.split("\\|")) {
			kinds.add(enumText(PenaltyKind.class, k.trim(), "penalty_kinds"));
		}
		StatutoryFine.FineKind fineKind = enumValue(StatutoryFine.FineKind.class, r, "fine_kind");
		StatutoryFine fine = fineKind == StatutoryFine.FineKind.NONE && blank(r, "fine_min") && blank(r, "fine_max")
				? StatutoryFine.NONE
				: new StatutoryFine(fineKind, number(r, "fine_min"), number(r, "fine_max"), optional(r, "multiple_base"));
		return new MatterVersion(0, required(r, "name"), optional(r, "violated_law"), optional(r, "violated_article"),
				required(r, "penalty_law"), required(r, "penalty_article"), kinds, fine, date(r, "effective_from"),
				blank(r, "effective_to") ? null : date(r, "effective_to"));
	}

	private static void requireHeader(Set<String> header) {
		List<String> missing = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
		if (!missing.isEmpty()) {
			throw new CatalogViolation(CatalogViolation.BAD_REQUEST, "import.header-invalid", String.join(",", missing));
		}
	}

	private static String required(Map<String, String> r, String column) {
		String value = r.getOrDefault(column, "").trim();
		if (value.isEmpty()) {
			throw new CatalogViolation(CatalogViolation.BAD_REQUEST, "import.value-missing", column);
		}
		return value;
	}

	private static @Nullable String optional(Map<String, String> r, String column) {
		String value = r.getOrDefault(column, "").trim();
		return value.isEmpty() ? null : value;
	}

	private static boolean blank(Map<String, String> r, String column) {
		return r.getOrDefault(column, "").isBlank();
	}

	private static @Nullable BigDecimal number(Map<String, String> r, String column) {
		String value = optional(r, column);
		try {
			return value == null ? null : new BigDecimal(value);
		}
		catch (NumberFormatException e) {
			throw new CatalogViolation(CatalogViolation.BAD_REQUEST, "import.value-malformed", column, value);
		}
	}

	private static LocalDate date(Map<String, String> r, String column) {
		String value = required(r, column);
		return SpreadsheetDay.parse(value)
			.orElseThrow(() -> new CatalogViolation(CatalogViolation.BAD_REQUEST, "import.value-malformed", column, value));
	}

	private static <E extends Enum<E>> E enumValue(Class<E> type, Map<String, String> r, String column) {
		return enumText(type, required(r, column), column);
	}

	private static <E extends Enum<E>> E enumText(Class<E> type, String text, String column) {
		try {
			return Enum.valueOf(type, text);
		}
		catch (IllegalArgumentException e) {
			throw new CatalogViolation(CatalogViolation.BAD_REQUEST, "import.value-malformed", column, text);
		}
	}

	private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[-+]?\\d+(\\.\\d+)?");

	/**
	 * A cell as exported: one that a spreadsheet program would take for a formula (starting with {@code = + - @}, a
	 * tab or a CR) gets a leading apostrophe, as OWASP's CSV injection guidance advises; a plain number keeps its
	 * sign. A cell that already starts with an apostrophe before such a character gets one more, so that
	 * {@link #uncell} gives back exactly what was exported (docs/adr/0012-bad-input.md).
	 */
	static String cell(String value) {
		return formulaLike(value) ? "'" + value : value;
	}

	/** The value of an imported cell: the apostrophe {@link #cell} added is taken off again. */
	static String uncell(String value) {
		return value.startsWith("'") && formulaLike(value.substring(1)) ? value.substring(1) : value;
	}

	private static boolean formulaLike(String value) {
		if (value.isEmpty() || NUMBER.matcher(value).matches()) {
			return false;
		}
		char first = value.charAt(0);
		return "=+-@\t\r".indexOf(first) >= 0 || first == '\'' && formulaLike(value.substring(1));
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}
}
