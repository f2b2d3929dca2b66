package cn.oneteam.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import cn.oneteam.catalog.Empowerment.LegalInstrument;
import cn.oneteam.catalog.EmpowermentImportRejected.RowProblem;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.OrganizationKind;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.SpreadsheetDay;
import cn.oneteam.shared.UploadedTable;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * The rows of one empowerment list file read as grants: each value's form, the township inside the caller's
 * jurisdiction, the matter and the bodies known; the default bodies are those of the single grant's modes. Every
 * problem is noted with its row and column, in the caller's language (docs/adr/0049-importing-empowerment-lists.md).
 */
final class EmpowermentRows {

	private static final Pattern TOWNSHIP_CODE = Pattern.compile("\\d{9}");

	private static final int INSTRUMENT_MAX = 100;

	private static final Map<String, EnforcementMode> MODES = Map.of("赋权", EnforcementMode.EMPOWERED, "委托",
			EnforcementMode.DELEGATED, "派驻", EnforcementMode.STATIONED);

	private final JurisdictionScope scope;

	private final Set<String> matters;

	private final Organizations organizations;

	private final MessageSource messages;

	private final Locale locale;

	private final Map<EmpowermentColumn, String> headers = new EnumMap<>(EmpowermentColumn.class);

	private final Map<String, Optional<Organization>> bodies = new HashMap<>();

	private final Map<DivisionCode, List<Organization>> governments = new HashMap<>();

	private final List<RowProblem> problems = new ArrayList<>();

	EmpowermentRows(JurisdictionScope scope, Set<String> matters, Organizations organizations, MessageSource messages,
			Locale locale) {
		this.scope = scope;
		this.matters = matters;
		this.organizations = organizations;
		this.messages = messages;
		this.locale = locale;
	}

	/** Notes the header's columns; 400 {@code empowerImport.header-invalid} when a required one is missing. */
	void header(Map<EmpowermentColumn, String> found) {
		headers.putAll(found);
		List<String> missing = Arrays.stream(EmpowermentColumn.values())
			.filter(c -> c.required && !headers.containsKey(c))
			.map(c -> c.chinese + " (" + c.english() + ")")
			.toList();
		if (!missing.isEmpty()) {
			throw new CatalogViolation(CatalogViolation.BAD_REQUEST, "empowerImport.header-invalid",
					String.join(", ", missing));
		}
	}

	/** The grant a row asks for (id 0), its problems noted; empty when it has any. */
	Optional<Empowerment> grant(UploadedTable.Line<EmpowermentColumn> line) {
		int before = problems.size();
		Cells cells = new Cells(line);
		DivisionCode township = cells.township();
		String matter = cells.matter();
		EnforcementMode mode = cells.mode();
		Long acting = township == null || mode == null ? null : cells.actingBody(township, mode);
		Long name = acting == null ? null : cells.namedBody(mode, acting);
		String number = cells.instrumentNumber();
		LocalDate published = cells.date(EmpowermentColumn.INSTRUMENT_PUBLISHED);
		LocalDate termTo = cells.date(EmpowermentColumn.INSTRUMENT_TERM_TO);
		LocalDate from = cells.date(EmpowermentColumn.EFFECTIVE_FROM);
		LocalDate to = cells.date(EmpowermentColumn.EFFECTIVE_TO);
		if (problems.size() > before || township == null || matter == null || mode == null || acting == null
				|| name == null || number == null || published == null || from == null) {
			return Optional.empty();
		}
		return Optional.of(new Empowerment(0, township, matter, mode, acting, name,
				new LegalInstrument(number, published, termTo), from, to));
	}

	/** Notes a problem of the row; the column is absent when the problem is the row as a whole. */
	void problem(int row, @Nullable EmpowermentColumn column, String code, Object... arguments) {
		String message = messages.getMessage("problem." + code + ".detail",
				Arrays.stream(arguments).map(String::valueOf).toArray(), locale);
		problems.add(new RowProblem(row, column == null ? null : headers.get(column), code, message));
	}

	/** Every problem noted, by row. */
	List<RowProblem> problems() {
		return problems.stream().sorted(Comparator.comparingInt(RowProblem::row)).toList();
	}

	/** A row's cells, read column by column; each malformed or missing value is noted as the row's problem. */
	private final class Cells {

		private final int row;

		private final UploadedTable.Line<EmpowermentColumn> line;

		Cells(UploadedTable.Line<EmpowermentColumn> line) {
			this.row = line.row();
			this.line = line;
		}

		private String text(EmpowermentColumn column) {
			return CatalogTransfer.uncell(line.get(column));
		}

		private @Nullable String required(EmpowermentColumn column) {
			String text = text(column);
			if (text.isEmpty()) {
				problem(row, column, "empowerImport.value-missing", headers.getOrDefault(column, column.chinese));
				return null;
			}
			return text;
		}

		@Nullable DivisionCode township() {
			String text = required(EmpowermentColumn.TOWNSHIP);
			if (text == null) {
				return null;
			}
			if (!TOWNSHIP_CODE.matcher(text).matches()) {
				problem(row, EmpowermentColumn.TOWNSHIP, "empowerImport.township-malformed", text);
				return null;
			}
			DivisionCode township = DivisionCode.of(text);
			if (!scope.covers(township)) {
				problem(row, EmpowermentColumn.TOWNSHIP, "catalog.outside-jurisdiction", text);
				return null;
			}
			return township;
		}

		@Nullable String matter() {
			String code = required(EmpowermentColumn.MATTER);
			if (code != null && !matters.contains(code)) {
				problem(row, EmpowermentColumn.MATTER, "matter.unknown", code);
				return null;
			}
			return code;
		}

		@Nullable EnforcementMode mode() {
			String text = required(EmpowermentColumn.MODE);
			if (text == null) {
				return null;
			}
			EnforcementMode mode = MODES.get(text);
			if (mode == null) {
				mode = MODES.values().stream().filter(m -> m.name().equalsIgnoreCase(text)).findFirst().orElse(null);
			}
			if (mode == null) {
				problem(row, EmpowermentColumn.MODE, "empowerImport.mode-unknown", text);
			}
			return mode;
		}

		/** The acting body; left empty, the township's own government for 赋权 and 委托. */
		@Nullable Long actingBody(DivisionCode township, EnforcementMode mode) {
			if (!text(EmpowermentColumn.ACTING_ORG).isEmpty() || mode == EnforcementMode.STATIONED) {
				return body(EmpowermentColumn.ACTING_ORG);
			}
			List<Organization> found = governments.computeIfAbsent(township, t -> organizations
				.visibleIn(JurisdictionScope.of(List.of(t)))
				.stream()
				.filter(o -> o.kind() == OrganizationKind.TOWNSHIP_GOVERNMENT && o.seat().equals(t))
				.toList());
			if (found.size() != 1) {
				problem(row, EmpowermentColumn.ACTING_ORG, "empowerImport.township-government-unknown", township);
				return null;
			}
			return found.get(0).id().value();
		}

		/** The body named on documents; left empty, the acting body, except for 委托 (the delegator's name). */
		@Nullable Long namedBody(EnforcementMode mode, long acting) {
			return text(EmpowermentColumn.NAME_ORG).isEmpty() && mode != EnforcementMode.DELEGATED ? acting
					: body(EmpowermentColumn.NAME_ORG);
		}

		private @Nullable Long body(EmpowermentColumn column) {
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
			String number = required(EmpowermentColumn.INSTRUMENT_NUMBER);
			if (number != null && number.length() > INSTRUMENT_MAX) {
				problem(row, EmpowermentColumn.INSTRUMENT_NUMBER, "empowerImport.too-long", INSTRUMENT_MAX);
				return null;
			}
			return number;
		}

		/** A day as {@link SpreadsheetDay} reads it (2025-03-01, 2025/3/1 or an Excel day number, 1900 to 2200). */
		@Nullable LocalDate date(EmpowermentColumn column) {
			String text = column.required ? required(column) : text(column);
			if (text == null || text.isEmpty()) {
				return null;
			}
			Optional<LocalDate> day = SpreadsheetDay.parse(text);
			if (day.isEmpty()) {
				problem(row, column, "empowerImport.date-malformed", text);
			}
			return day.orElse(null);
		}
	}
}
