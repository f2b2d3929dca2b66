package cn.oneteam.inspection.visit;

import java.time.LocalDate;
import java.util.List;

import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.quiet.InspectionTrigger;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The visits a caller sees, a page at a time, and the figures of 综合查一次 (docs/adr/0028-joint-visits.md): visits
 * planned (parts), visits made (visits), saved = parts − visits, for the caller's jurisdiction (and the visits its body
 * takes part in, as {@link Visits#visible}), a year (of the window's first day), optionally one task, one plan or a
 * division. Cancelled visits count nowhere.
 */
@Service
public class VisitFigures {

	/**
	 * What to count or list: the year, and optionally a task, a plan or a division (a prefix of the subject's, normalised
	 * as everywhere: 320100 is 3201).
	 */
	public record Selection(int year, @Nullable Long taskId, @Nullable Long planId, @Nullable String division) {

		public Selection {
			if (year < 2000 || year > 2100) {
				throw new RuleViolation(RuleViolation.BAD_REQUEST, "inspection.year-invalid", year);
			}
			if (division != null && (division.isBlank() || !division.chars().allMatch(Character::isDigit)
					|| division.length() > 12)) {
				throw new RuleViolation(RuleViolation.BAD_REQUEST, "inspection.division-invalid", division);
			}
			division = division == null ? null : DivisionCode.of(division).value();
		}

		LocalDate from() {
			return LocalDate.of(year, 1, 1);
		}

		LocalDate until() {
			return LocalDate.of(year + 1, 1, 1);
		}
	}

	/** A visit in a list: the subject shown as the public sees it (a natural person's number masked). */
	public record Row(long id, String subject, String divisionCode, VisitKind kind, InspectionTrigger trigger,
			long leadDepartmentId, List<Long> departmentIds, LocalDate windowFrom, LocalDate windowUntil,
			boolean onSite, String code, VisitState state, int parts) {

		public Row {
			departmentIds = List.copyOf(departmentIds);
		}

		public boolean joint() {
			return parts > 1;
		}
	}

	/** A page of visits, by window then id; {@code total} over all pages. */
	public record Page(int page, int size, long total, List<Row> visits) {

		public Page {
			visits = List.copyOf(visits);
		}
	}

	/**
	 * The figures: parts planned, visits they make, saved (parts − visits), joint visits (more than one part), and per
	 * department its parts, the visits they are in, saved among its own parts and the joint visits it takes part in.
	 */
	public record Merging(int year, long parts, long visits, long saved, long jointVisits, List<Department> byDepartment) {

		public Merging {
			byDepartment = List.copyOf(byDepartment);
		}
	}

	public record Department(long departmentId, long parts, long visits, long saved, long jointVisits) {
	}

	static final int MAX_SIZE = 200;

	private final VisitFigureRepository repository;

	VisitFigures(VisitFigureRepository repository) {
		this.repository = repository;
	}

	/** The visits the caller sees, page {@code page} (from 0) of {@code size} (1–200; 400 otherwise). */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('case:read')")
	public Page page(Selection selection, int page, int size, ScopedPrincipal caller) {
		if (page < 0 || size < 1 || size > MAX_SIZE) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "inspection.page-invalid", page, size, MAX_SIZE);
		}
		return new Page(page, size, repository.count(selection, caller),
				repository.rows(selection, page, size, caller));
	}

	/** The figures of merging for the caller's visits in the selection. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('case:read')")
	public Merging merging(Selection selection, ScopedPrincipal caller) {
		return repository.merging(selection, caller);
	}

}
