package cn.oneteam.catalog;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.UploadedTable;
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

	/** At most this many rows per file: a county's list (its townships times their matters); more in several files. */
	static final int MAX_ROWS = 5_000;

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
		EmpowermentRows rows = new EmpowermentRows(scope,
				catalog.matters().stream().map(Matter::code).collect(Collectors.toSet()), organizations, messages,
				LocaleContextHolder.getLocale());
		List<UploadedTable.Line<EmpowermentColumn>> lines = UploadedTable
			.read(filename, new ByteArrayInputStream(content), MAX_ROWS, EmpowermentColumn::named, rows::header)
			.lines();
		if (lines.isEmpty()) {
			throw new CatalogViolation(CatalogViolation.BAD_REQUEST, "empowerImport.empty");
		}
		Map<Integer, Empowerment> grants = new LinkedHashMap<>();
		lines.forEach(line -> rows.grant(line).ifPresent(grant -> grants.put(line.row(), grant)));
		refuseOverlapsWithinTheFile(grants, rows);
		catalog.lockEmpowerments(grants.values().stream().map(Empowerment::township).toList());
		Map<DivisionCode, List<Empowerment>> held = new HashMap<>();
		List<EmpowermentImportReport.Line> report = new ArrayList<>();
		grants.forEach((row, grant) -> apply(row, grant, held.computeIfAbsent(grant.township(),
				township -> catalog.empowerments(township, scope)), rows, scope)
			.ifPresent(report::add));
		if (!rows.problems().isEmpty()) {
			throw new EmpowermentImportRejected(lines.size(), rows.problems());
		}
		if (dryRun) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
		}
		return EmpowermentImportReport.of(dryRun, report);
	}

	/** Two rows for the same township and matter whose periods share a day: the later one is refused. */
	private static void refuseOverlapsWithinTheFile(Map<Integer, Empowerment> grants, EmpowermentRows rows) {
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
			earlier.ifPresent(row -> rows.problem(entry.getKey(), EmpowermentColumn.MATTER,
					"empowerImport.duplicate-in-file", row));
			seen.put(entry.getKey(), grant);
			return earlier.isPresent();
		});
	}

	/**
	 * Unchanged when the township holds the same grant from the same day; refused when it holds a different one from
	 * that day; otherwise granted through {@link Catalog#empower}, whose refusals become the row's problems.
	 */
	private Optional<EmpowermentImportReport.Line> apply(int row, Empowerment grant, List<Empowerment> held,
			EmpowermentRows rows, JurisdictionScope scope) {
		Optional<Empowerment> same = held.stream()
			.filter(e -> e.matterCode().equals(grant.matterCode()) && e.effectiveFrom().equals(grant.effectiveFrom()))
			.findFirst();
		if (same.isPresent() && !same.get().equals(withId(grant, same.get().id()))) {
			rows.problem(row, differingColumn(same.get(), grant), "empowerImport.grant-differs", grant.matterCode(),
					grant.township(), grant.effectiveFrom(), same.get().instrument().number());
			return Optional.empty();
		}
		if (same.isEmpty()) {
			try {
				catalog.empower(grant.township(), grant.matterCode(), grant.mode(), grant.actingOrgId(),
						grant.nameOrgId(), grant.instrument(), grant.effectiveFrom(), grant.effectiveTo(), scope);
			}
			catch (RuleViolation violation) {
				rows.problem(row, columnOf(violation.code()), violation.code(), (Object[]) violation.arguments());
				return Optional.empty();
			}
		}
		return Optional.of(new EmpowermentImportReport.Line(row, grant.township().value(), grant.matterCode(),
				grant.mode(), grant.effectiveFrom(), same.isPresent() ? EmpowermentImportReport.Outcome.UNCHANGED
						: EmpowermentImportReport.Outcome.CREATED));
	}

	private static Empowerment withId(Empowerment e, long id) {
		return new Empowerment(id, e.township(), e.matterCode(), e.mode(), e.actingOrgId(), e.nameOrgId(),
				e.instrument(), e.effectiveFrom(), e.effectiveTo());
	}

	/** The first column in which a row differs from the grant the list holds from the same day. */
	private static EmpowermentColumn differingColumn(Empowerment held, Empowerment row) {
		if (held.mode() != row.mode()) {
			return EmpowermentColumn.MODE;
		}
		if (held.actingOrgId() != row.actingOrgId()) {
			return EmpowermentColumn.ACTING_ORG;
		}
		if (held.nameOrgId() != row.nameOrgId()) {
			return EmpowermentColumn.NAME_ORG;
		}
		if (!held.instrument().number().equals(row.instrument().number())) {
			return EmpowermentColumn.INSTRUMENT_NUMBER;
		}
		if (!held.instrument().published().equals(row.instrument().published())) {
			return EmpowermentColumn.INSTRUMENT_PUBLISHED;
		}
		return held.instrument().equals(row.instrument()) ? EmpowermentColumn.EFFECTIVE_TO : EmpowermentColumn.INSTRUMENT_TERM_TO;
	}

	/** The column a refusal of {@link Catalog#empower} concerns; none when it concerns the row as a whole. */
	private static @Nullable EmpowermentColumn columnOf(String code) {
		return switch (code) {
			case "region.unknown-division", "empowerment.not-a-township", "catalog.outside-jurisdiction" -> EmpowermentColumn.TOWNSHIP;
			case "matter.unknown" -> EmpowermentColumn.MATTER;
			case "empowerment.coercion-not-delegable", "empowerment.mode-mismatch" -> EmpowermentColumn.MODE;
			case "empowerment.overlap" -> EmpowermentColumn.EFFECTIVE_FROM;
			case "catalog.period-reversed" -> EmpowermentColumn.EFFECTIVE_TO;
			default -> null;
		};
	}
}
