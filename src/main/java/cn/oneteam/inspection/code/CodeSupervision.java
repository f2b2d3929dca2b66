package cn.oneteam.inspection.code;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.oneteam.inspection.visit.Visit;
import cn.oneteam.inspection.visit.Visits;
import cn.oneteam.organization.Officers;
import cn.oneteam.organization.Person;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What supervision (司法局, {@code supervision:review}) reads of inspection codes within its jurisdiction
 * (docs/adr/0029-inspection-code-public-check-and-rating.md): the companies' ratings — hidden from everyone else,
 * the inspecting department's officers and heads included (403) — visits recorded without their code, and refused
 * uses of codes with who, when and why.
 */
@Service
public class CodeSupervision {

	/** The most rows a supervision list answers. */
	static final int LIMIT = 500;

	private final Visits visits;

	private final CodeRepository repository;

	private final Officers officers;

	private final Clock clock;

	CodeSupervision(Visits visits, CodeRepository repository, Officers officers, Clock clock) {
		this.visits = visits;
		this.repository = repository;
		this.officers = officers;
		this.clock = clock;
	}

	/**
	 * The visit's rating; 404 when the visit is not the caller's to see, is one of the caller's own body's visits
	 * (supervision never reads the ratings of its own inspections), or is not rated.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('supervision:review')")
	public CodeViews.Rating rating(long visitId, ScopedPrincipal caller) {
		Visit visit = visits.visit(visitId, caller);
		if (visit.departmentIds().contains(caller.organizationId())) {
			throw new RuleViolation(RuleViolation.NOT_FOUND, "inspection.rating-none", visitId);
		}
		return repository.rating(visit.id())
			.orElseThrow(() -> new RuleViolation(RuleViolation.NOT_FOUND, "inspection.rating-none", visitId));
	}

	/** Ratings given from {@code from} to {@code to} (days in China, both included; the last 30 days by default). */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('supervision:review')")
	public List<CodeViews.Rating> ratings(@Nullable LocalDate from, @Nullable LocalDate to, ScopedPrincipal caller) {
		Period period = period(from, to);
		return repository.ratings(period.start(), period.end(), caller.jurisdiction(), caller.organizationId());
	}

	/** [start, end) of the days from {@code from} to {@code to} in China, both included; the last 30 days by default. */
	private record Period(OffsetDateTime start, OffsetDateTime end) {
	}

	private Period period(@Nullable LocalDate from, @Nullable LocalDate to) {
		LocalDate last = to == null ? LocalDate.now(clock.withZone(ChinaTime.ZONE)) : to;
		LocalDate first = from == null ? last.minusDays(29) : from;
		if (first.isAfter(last)) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "inspection.rating-period", first, last);
		}
		return new Period(first.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime(),
				last.plusDays(1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime());
	}

	/**
	 * Visits recorded without their code (flagged) in the period (by the day recorded; the last 30 days by default),
	 * newest first, at most {@link #LIMIT}, with who recorded them.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('supervision:review')")
	public List<CodeViews.Uncoded> uncoded(@Nullable LocalDate from, @Nullable LocalDate to, ScopedPrincipal caller) {
		Period period = period(from, to);
		Map<Long, Optional<String>> names = new HashMap<>();
		return repository.uncoded(period.start(), period.end(), caller.jurisdiction(), LIMIT).stream()
			.map(u -> new CodeViews.Uncoded(u.visitId(), u.subjectCode(), u.divisionCode(), u.departmentIds(),
					u.state(), u.inspectedOn(), u.outcome(), u.recordedBy(), name(u.recordedBy(), names),
					u.recordedAt()))
			.toList();
	}

	/**
	 * Refused uses of codes in the period (the last 30 days by default), newest first, at most {@link #LIMIT}, with the
	 * person behind the account.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('supervision:review')")
	public List<CodeViews.RefusedUse> refusedUses(@Nullable LocalDate from, @Nullable LocalDate to,
			ScopedPrincipal caller) {
		Period period = period(from, to);
		Map<Long, Optional<String>> names = new HashMap<>();
		return repository.refusedUses(period.start(), period.end(), caller.jurisdiction(), LIMIT).stream()
			.map(r -> new CodeViews.RefusedUse(r.id(), r.visitId(), r.typedCode(), r.accountId(),
					name(r.accountId(), names), r.usedAt(), r.refusal(), r.divisionCode()))
			.toList();
	}

	private @Nullable String name(long accountId, Map<Long, Optional<String>> names) {
		return names.computeIfAbsent(accountId, id -> officers.personOfAccount(id).map(Person::name)).orElse(null);
	}
}
