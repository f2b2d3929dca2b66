package cn.oneteam.catalog;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.oneteam.catalog.Empowerment.LegalInstrument;
import cn.oneteam.catalog.EmpowermentImportRejected.RowProblem;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.OrganizationKind;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * 赋权清单导入: townships' empowerment lists from a CSV (UTF-8) or .xlsx file, one grant per row. Every row is checked
 * for its form, against the other rows and the caller's jurisdiction, and then put through {@link Catalog#empower}
 * exactly as a single grant is; one refused row and nothing is written. A row the list already holds is unchanged, so
 * importing a file again changes nothing (docs/adr/0049-importing-empowerment-lists.md).
 */
@Service
public class EmpowermentImport {

	/** At most this many rows per file: a county's townships times the matters they may hold. */
	static final int MAX_ROWS = 10_000;

	private static final Pattern TOWNSHIP_CODE = Pattern.compile("\\d{9}");

	private static final Pattern EXCEL_DAY = Pattern.compile("\\d{5}(\\.0+)?");

	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d");

	private static final int INSTRUMENT_MAX = 100;

	/** The columns: the Chinese header and the English name are both accepted; other columns are ignored. */
	enum Column {
		TOWNSHIP("乡镇代码", true), MATTER("事项编码", true), MODE("方式", true), ACTING_ORG("实施机关代码", false),
		NAME_ORG("名义机关代码", false), INSTRUMENT_NUMBER("文号", true), INSTRUMENT_PUBLISHED("发文日期", true),
		INSTRUMENT_TERM_TO("委托期限至", false), EFFECTIVE_FROM("生效日期", true), EFFECTIVE_TO("终止日期", false);

		final String chinese;

		final boolean required;

		Column(String chinese, boolean required) {
			this.chinese = chinese;
			this.required = required;
		}

		String english() {
			return name().toLowerCase(Locale.ROOT);
		}

		static Optional<Column> named(String header) {
			return Arrays.stream(values())
				.filter(c -> c.chinese.equals(header) || c.english().equalsIgnoreCase(header))
				.findFirst();
		}
	}

	private static final Map<String, EnforcementMode> MODES = Map.of("赋权", EnforcementMode.EMPOWERED, "委托",
			EnforcementMode.DELEGATED, "派驻", EnforcementMode.STATIONED);

	private final Catalog catalog;

	private final Organizations organizations;

	private final MessageSource messages;

	EmpowermentImport(Catalog catalog, Organizations organizations, MessageSource messages) {
		this.catalog = catalog;
		this.organizations = organizations;
		this.messages = messages;
	}

	/**
	 * Imports the file (CSV or .xlsx by its name) for townships in the caller's jurisdiction, all rows or none: 400
	 * {@code empowerImport.rows-rejected} with every row's problems, nothing written. A dry run checks every row the
	 * same way, in the same transaction, and rolls it back.
	 */
	@Transactional
	@PreAuthorize("hasAuthority('catalog:manage')")
	public EmpowermentImportReport importFile(String filename, byte[] content, boolean dryRun, JurisdictionScope scope) {
		Run run = new Run(scope, LocaleContextHolder.getLocale());
		List<UploadedRows.Line> lines = UploadedRows.read(content, excel(filename), run::header);
		if (lines.isEmpty()) {
			throw new CatalogViolation(CatalogViolation.BAD_REQUEST, "empowerImport.empty");
		}
		if (lines.size() > MAX_ROWS) {
			throw new CatalogViolation(CatalogViolation.BAD_REQUEST, "empowerImport.too-many-rows", lines.size(), MAX_ROWS);
		}
		Map<Integer, Empowerment> grants = new LinkedHashMap<>();
		lines.forEach(line -> run.grant(line).ifPresent(grant -> grants.put(line.number(), grant)));
		run.refuseOverlapsWithinTheFile(grants);
		List<EmpowermentImportReport.Line> report = new ArrayList<>();
		grants.forEach((row, grant) -> run.apply(row, grant).ifPresent(report::add));
		if (!run.problems.isEmpty()) {
			run.problems.sort(Comparator.comparingInt(RowProblem::row));
			throw new EmpowermentImportRejected(lines.size(), run.problems);
		}
		if (dryRun) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
		}
		return EmpowermentImportReport.of(dryRun, report);
	}

	/** .csv or .xlsx, by the file's name; 400 {@code empowerImport.file-type} otherwise. */
	private static boolean excel(String filename) {
		String name = filename.toLowerCase(Locale.ROOT);
		if (!name.endsWith(".csv") && !name.endsWith(".xlsx")) {
			throw new CatalogViolation(CatalogViolation.BAD_REQUEST, "empowerImport.file-type", filename);
		}
		return name.endsWith(".xlsx");
	}

	/** One import: the caller's scope and language, the file's headers, what was looked up, the problems found. */
	private final class Run {

		private final JurisdictionScope scope;

		private final Locale locale;

		private final Map<Column, String> headers = new EnumMap<>(Column.class);

		private final Map<String, Matter> matters = new HashMap<>();

		private final Map<String, Optional<Organization>> bodies = new HashMap<>();

		private final Map<DivisionCode, List<Organization>> governments = new HashMap<>();

		private final Map<DivisionCode, List<Empowerment>> held = new HashMap<>();

		private final List<RowProblem> problems = new ArrayList<>();

		Run(JurisdictionScope scope, Locale locale) {
			this.scope = scope;
			this.locale = locale;
			catalog.matters().forEach(m -> matters.put(m.code(), m));
		}

		/** The column each header cell stands for; 400 {@code empowerImport.header-invalid} when one is missing. */
		List<String> header(List<String> cells) {
			List<String> columns = new ArrayList<>();
			for (int i = 0; i < cells.size(); i++) {
				String cell = cells.get(i);
				Optional<Column> column = Column.named(cell).filter(c -> !headers.containsKey(c));
				column.ifPresent(c -> headers.put(c, cell));
				columns.add(column.map(Column::name).orElse("ignored-" + i));
			}
			List<String> missing = Arrays.stream(Column.values())
				.filter(c -> c.required && !headers.containsKey(c))
				.map(c -> c.chinese + " (" + c.english() + ")")
				.toList();
			if (!missing.isEmpty()) {
				throw new CatalogViolation(CatalogViolation.BAD_REQUEST, "empowerImport.header-invalid",
						String.join(", ", missing));
			}
			return columns;
		}

		/** The grant a row asks for, with the problems of its form noted; empty when it has any. */
		Optional<Empowerment> grant(UploadedRows.Line line) {
			int before = problems.size();
			Cells cells = new Cells(line);
			DivisionCode township = cells.township();
			String matter = cells.matter();
			EnforcementMode mode = cells.mode();
			Long acting = township == null || mode == null ? null : cells.actingBody(township, mode);
			Long name = acting == null ? null : cells.namedBody(mode, acting);
			String number = cells.instrumentNumber();
			LocalDate published = cells.date(Column.INSTRUMENT_PUBLISHED);
			LocalDate termTo = cells.date(Column.INSTRUMENT_TERM_TO);
			LocalDate from = cells.date(Column.EFFECTIVE_FROM);
			LocalDate to = cells.date(Column.EFFECTIVE_TO);
			if (problems.size() > before || township == null || matter == null || mode == null || acting == null
					|| name == null || number == null || published == null || from == null) {
				return Optional.empty();
			}
			return Optional.of(new Empowerment(0, township, matter, mode, acting, name,
					new LegalInstrument(number, published, termTo), from, to));
		}

		/** Two rows for the same township and matter whose periods share a day: the later one is refused. */
		void refuseOverlapsWithinTheFile(Map<Integer, Empowerment> grants) {
			Map<Integer, Empowerment> seen = new LinkedHashMap<>();
			grants.entrySet().removeIf(entry -> {
				Empowerment grant = entry.getValue();
				Optional<Integer> earlier = seen.entrySet()
					.stream()
					.filter(s -> s.getValue().township().equals(grant.township())
							&& s.getValue().matterCode().equals(grant.matterCode())
							&& s.getValue().overlaps(grant.effectiveFrom(), grant.effectiveTo()))
					.map(Map.Entry::getKey)
					.findFirst();
				earlier.ifPresent(row -> problem(entry.getKey(), Column.MATTER, "empowerImport.duplicate-in-file", row));
				seen.put(entry.getKey(), grant);
				return earlier.isPresent();
			});
		}

		/**
		 * Unchanged when the list holds the same grant from the same day; refused when it holds a different one from that
		 * day; otherwise granted through {@link Catalog#empower}, whose refusals become the row's problems.
		 */
		Optional<EmpowermentImportReport.Line> apply(int row, Empowerment grant) {
			Optional<Empowerment> same = held(grant.township()).stream()
				.filter(e -> e.matterCode().equals(grant.matterCode()) && e.effectiveFrom().equals(grant.effectiveFrom()))
				.findFirst();
			if (same.isPresent() && !same.get().equals(withId(grant, same.get().id()))) {
				problem(row, differingColumn(same.get(), grant), "empowerImport.grant-differs", grant.matterCode(),
						grant.township(), grant.effectiveFrom(), same.get().instrument().number());
				return Optional.empty();
			}
			if (same.isEmpty()) {
				try {
					catalog.empower(grant.township(), grant.matterCode(), grant.mode(), grant.actingOrgId(),
							grant.nameOrgId(), grant.instrument(), grant.effectiveFrom(), grant.effectiveTo(), scope);
				}
				catch (RuleViolation violation) {
					problem(row, columnOf(violation.code()), violation.code(), (Object[]) violation.arguments());
					return Optional.empty();
				}
			}
			return Optional.of(new EmpowermentImportReport.Line(row, grant.township().value(), grant.matterCode(),
					grant.mode(), grant.effectiveFrom(), same.isPresent() ? EmpowermentImportReport.Outcome.UNCHANGED
							: EmpowermentImportReport.Outcome.CREATED));
		}

		private List<Empowerment> held(DivisionCode township) {
			return held.computeIfAbsent(township, t -> catalog.empowerments(t, scope));
		}

		private void problem(int row, @Nullable Column column, String code, Object... arguments) {
			String message = messages.getMessage("problem." + code + ".detail",
					Arrays.stream(arguments).map(String::valueOf).toArray(), locale);
			problems.add(new RowProblem(row, column == null ? null : headers.get(column), code, message));
		}

		/** A row's cells, read column by column; each malformed or missing value is noted as the row's problem. */
		private final class Cells {

			private final int row;

			private final Map<String, String> values;

			Cells(UploadedRows.Line line) {
				this.row = line.number();
				this.values = line.cells();
			}

			private String text(Column column) {
				return values.getOrDefault(column.name(), "").strip();
			}

			private @Nullable String required(Column column) {
				String text = text(column);
				if (text.isEmpty()) {
					problem(row, column, "empowerImport.value-missing", headers.getOrDefault(column, column.chinese));
					return null;
				}
				return text;
			}

			@Nullable DivisionCode township() {
				String text = required(Column.TOWNSHIP);
				if (text == null) {
					return null;
				}
				if (!TOWNSHIP_CODE.matcher(text).matches()) {
					problem(row, Column.TOWNSHIP, "empowerImport.township-malformed", text);
					return null;
				}
				DivisionCode township = DivisionCode.of(text);
				if (!scope.covers(township)) {
					problem(row, Column.TOWNSHIP, "catalog.outside-jurisdiction", text);
					return null;
				}
				return township;
			}

			@Nullable String matter() {
				String code = required(Column.MATTER);
				if (code != null && !matters.containsKey(code)) {
					problem(row, Column.MATTER, "matter.unknown", code);
					return null;
				}
				return code;
			}

			@Nullable EnforcementMode mode() {
				String text = required(Column.MODE);
				if (text == null) {
					return null;
				}
				EnforcementMode mode = MODES.get(text);
				if (mode == null) {
					mode = MODES.values().stream().filter(m -> m.name().equalsIgnoreCase(text)).findFirst().orElse(null);
				}
				if (mode == null) {
					problem(row, Column.MODE, "empowerImport.mode-unknown", text);
				}
				return mode;
			}

			/** The acting body; left empty, the township's own government for 赋权 and 委托. */
			@Nullable Long actingBody(DivisionCode township, EnforcementMode mode) {
				if (!text(Column.ACTING_ORG).isEmpty() || mode == EnforcementMode.STATIONED) {
					return body(Column.ACTING_ORG);
				}
				List<Organization> found = governments.computeIfAbsent(township, t -> organizations
					.visibleIn(JurisdictionScope.of(List.of(t)))
					.stream()
					.filter(o -> o.kind() == OrganizationKind.TOWNSHIP_GOVERNMENT && o.seat().equals(t))
					.toList());
				if (found.size() != 1) {
					problem(row, Column.ACTING_ORG, "empowerImport.township-government-unknown", township);
					return null;
				}
				return found.get(0).id().value();
			}

			/** The body in whose name the township acts; left empty, the acting body, except for 委托 (the delegator). */
			@Nullable Long namedBody(EnforcementMode mode, long acting) {
				return text(Column.NAME_ORG).isEmpty() && mode != EnforcementMode.DELEGATED ? acting : body(Column.NAME_ORG);
			}

			private @Nullable Long body(Column column) {
				String code = required(column);
				if (code == null) {
					return null;
				}
				Optional<Organization> body = bodies.computeIfAbsent(code, organizations::findByCode);
				if (body.isEmpty()) {
					problem(row, column, "empowerImport.organization-unknown", code);
				}
				return body.map(o -> o.id().value()).orElse(null);
			}

			@Nullable String instrumentNumber() {
				String number = required(Column.INSTRUMENT_NUMBER);
				if (number != null && number.length() > INSTRUMENT_MAX) {
					problem(row, Column.INSTRUMENT_NUMBER, "empowerImport.too-long", INSTRUMENT_MAX);
					return null;
				}
				return number;
			}

			/** A day as 2025-02-01, 2025/2/1 or an Excel day number, in the years 1900 to 2200. */
			@Nullable LocalDate date(Column column) {
				String text = column.required ? required(column) : text(column);
				if (text == null || text.isEmpty()) {
					return null;
				}
				try {
					LocalDate day = EXCEL_DAY.matcher(text).matches()
							? EXCEL_EPOCH.plusDays((long) Double.parseDouble(text))
							: text.contains("/") ? LocalDate.parse(text, SLASHED) : LocalDate.parse(text);
					if (day.getYear() >= 1900 && day.getYear() <= 2200) {
						return day;
					}
				}
				catch (DateTimeParseException e) {
					// reported below
				}
				problem(row, column, "empowerImport.date-malformed", text);
				return null;
			}
		}
	}

	private static Empowerment withId(Empowerment e, long id) {
		return new Empowerment(id, e.township(), e.matterCode(), e.mode(), e.actingOrgId(), e.nameOrgId(),
				e.instrument(), e.effectiveFrom(), e.effectiveTo());
	}

	/** The first column in which a row differs from the grant the list holds from the same day. */
	private static Column differingColumn(Empowerment held, Empowerment row) {
		if (held.mode() != row.mode()) {
			return Column.MODE;
		}
		if (held.actingOrgId() != row.actingOrgId()) {
			return Column.ACTING_ORG;
		}
		if (held.nameOrgId() != row.nameOrgId()) {
			return Column.NAME_ORG;
		}
		if (!held.instrument().number().equals(row.instrument().number())) {
			return Column.INSTRUMENT_NUMBER;
		}
		if (!held.instrument().published().equals(row.instrument().published())) {
			return Column.INSTRUMENT_PUBLISHED;
		}
		return held.instrument().equals(row.instrument()) ? Column.EFFECTIVE_TO : Column.INSTRUMENT_TERM_TO;
	}

	/** The column a refusal of {@link Catalog#empower} concerns; none when it concerns the row as a whole. */
	private static @Nullable Column columnOf(String code) {
		return switch (code) {
			case "region.unknown-division", "empowerment.not-a-township", "catalog.outside-jurisdiction" -> Column.TOWNSHIP;
			case "matter.unknown" -> Column.MATTER;
			case "empowerment.coercion-not-delegable", "empowerment.mode-mismatch" -> Column.MODE;
			case "empowerment.overlap" -> Column.EFFECTIVE_FROM;
			case "catalog.period-reversed" -> Column.EFFECTIVE_TO;
			default -> null;
		};
	}
}
