package cn.oneteam.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 执法主体资格 (docs/adr/0037-enforcement-bodies-qualification.md): the supervising 司法局 confirms each enforcement
 * body seated in its jurisdiction for a year — legal basis, matters, period of validity — announces the confirmation
 * and may revoke it with a reason; nothing is deleted and every step is in the full-process record. Other modules ask
 * for a body's {@link #standing standing} on a day: a body confirmed before whose confirmations no longer cover the day
 * has lapsed, and its enforcement actions are refused there.
 */
@Service
public class BodyQualifications {

	/** The kinds of body that hold enforcement powers and are confirmed. */
	static final Set<OrganizationKind> BODIES = Set.of(OrganizationKind.ENFORCEMENT_BUREAU,
			OrganizationKind.TOWNSHIP_GOVERNMENT, OrganizationKind.DEPARTMENT);

	private static final int LEGAL_BASIS_MAX = 1000;

	private static final int REASON_MAX = 500;

	private static final int MATTER_CODE_MAX = 40;

	private final BodyQualificationRepository repository;

	private final OrganizationRepository organizations;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	private final int expiringDays;

	BodyQualifications(BodyQualificationRepository repository, OrganizationRepository organizations,
			ApplicationEventPublisher publisher, Clock clock,
			@Value("${oneteam.organization.qualification.expiring-days:30}") int expiringDays) {
		this.repository = repository;
		this.organizations = organizations;
		this.publisher = publisher;
		this.clock = clock;
		this.expiringDays = expiringDays;
	}

	/** A body with its standing today, its confirmations (oldest first) and whether its cover ends soon. */
	public record BodyStanding(Organization body, QualificationStanding today, List<BodyQualification> confirmations,
			boolean endsSoon) {
	}

	/** What the public list shows of an announced confirmation: public facts only, never a person. */
	public record Announced(long bodyId, String bodyName, OrganizationKind bodyKind, @Nullable BodyType bodyType,
			String seat, int year, String legalBasis, boolean allMatters, List<String> matters, LocalDate validFrom,
			LocalDate validTo, LocalDate announcedOn) {
	}

	/** The body's qualification on the day: unconfirmed, confirmed or lapsed. No permission needed: a plain fact. */
	@Transactional(readOnly = true)
	public QualificationStanding standing(long bodyId, LocalDate day) {
		return standing(repository.ofBody(bodyId), day);
	}

	static QualificationStanding standing(List<BodyQualification> confirmations, LocalDate day) {
		// a confirmation revoked on or before its first day never covered a day: it neither began nor lapses
		List<BodyQualification> begun = confirmations.stream()
			.filter(q -> !q.validFrom().isAfter(day) && !q.lastDay().isBefore(q.validFrom()))
			.toList();
		if (begun.isEmpty()) {
			return new QualificationStanding(QualificationStanding.State.UNCONFIRMED, null, null);
		}
		return begun.stream()
			.filter(q -> q.covers(day))
			.max(Comparator.comparing(BodyQualification::lastDay))
			.map(q -> new QualificationStanding(QualificationStanding.State.CONFIRMED, q, q.lastDay()))
			.orElseGet(() -> new QualificationStanding(QualificationStanding.State.LAPSED, null,
					begun.stream().map(BodyQualification::lastDay).max(Comparator.naturalOrder()).orElseThrow()));
	}

	/**
	 * The enforcement bodies seated in the caller's jurisdiction with their standing today: lapsed first, then the
	 * unconfirmed, then those whose cover ends within the configured days, then the rest, by name.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('supervision:review')")
	public List<BodyStanding> overview(ScopedPrincipal caller) {
		LocalDate today = today();
		List<Organization> bodies = bodiesOf(caller.jurisdiction());
		Map<Long, List<BodyQualification>> byBody = repository
			.ofBodies(bodies.stream().map(o -> o.id().value()).toList())
			.stream()
			.collect(Collectors.groupingBy(BodyQualification::bodyId, LinkedHashMap::new, Collectors.toList()));
		List<BodyStanding> result = new ArrayList<>();
		for (Organization body : bodies) {
			List<BodyQualification> own = byBody.getOrDefault(body.id().value(), List.of());
			QualificationStanding standing = standing(own, today);
			boolean soon = standing.state() == QualificationStanding.State.CONFIRMED && standing.endedOn() != null
					&& !standing.endedOn().isAfter(today.plusDays(expiringDays));
			result.add(new BodyStanding(body, standing, own, soon));
		}
		result.sort(Comparator.comparingInt((BodyStanding s) -> switch (s.today().state()) {
			case LAPSED -> 0;
			case UNCONFIRMED -> 1;
			case CONFIRMED -> s.endsSoon() ? 2 : 3;
		}).thenComparing(s -> s.body().name()));
		return result;
	}

	/** The days before the end of a confirmation when the overview shows it as ending soon. */
	public int expiringDays() {
		return expiringDays;
	}

	/** The enforcement bodies seated in the scope, by name: the bodies a supervisor confirms. */
	@Transactional(readOnly = true)
	public List<Organization> bodiesOf(JurisdictionScope scope) {
		return organizations.visibleIn(scope).stream()
			.filter(o -> BODIES.contains(o.kind()) && scope.covers(o.seat()))
			.sorted(Comparator.comparing(Organization::name))
			.toList();
	}

	/**
	 * Confirms a body for a year. The body must be an enforcement body seated in the caller's jurisdiction (404
	 * otherwise); the year within a year of today; the period starting in the year, not reversed, ending by the end of
	 * the next year; a legal basis; all matters or at least one matter code (the caller checks them against the
	 * catalogue); no other confirmation of the body for the year in force (409: revoke it first).
	 */
	@Transactional
	@PreAuthorize("hasAuthority('supervision:review')")
	public BodyQualification confirm(NewBodyQualification input, ScopedPrincipal caller) {
		if (input.bodyId() == null) {
			throw input("bodyId");
		}
		Organization body = bodyWithin(input.bodyId(), caller);
		LocalDate today = today();
		Integer year = input.year();
		if (year == null) {
			throw input("year");
		}
		if (year < today.getYear() - 1 || year > today.getYear() + 1) {
			throw new OrganizationViolation(OrganizationViolation.BAD_REQUEST, "organization.qualification-year", year,
					today.getYear() - 1, today.getYear() + 1);
		}
		LocalDate from = input.validFrom();
		LocalDate to = input.validTo();
		if (from == null) {
			throw input("validFrom");
		}
		if (to == null) {
			throw input("validTo");
		}
		if (to.isBefore(from) || from.getYear() != year || to.getYear() > year + 1) {
			throw new OrganizationViolation(OrganizationViolation.BAD_REQUEST, "organization.qualification-period", from,
					to, year);
		}
		String basis = input.legalBasis() == null ? "" : input.legalBasis().strip();
		if (basis.isEmpty() || basis.length() > LEGAL_BASIS_MAX) {
			throw input("legalBasis");
		}
		List<String> matters = matters(input);
		if (repository.activeFor(body.id().value(), year)) {
			throw new OrganizationViolation(OrganizationViolation.CONFLICT, "organization.qualification-exists",
					body.name(), year);
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		long id;
		try {
			id = repository.insert(body.id().value(), year, basis, input.allMatters(), matters, from, to,
					caller.accountId(), now);
		}
		catch (DuplicateKeyException confirmedMeanwhile) {
			throw new OrganizationViolation(OrganizationViolation.CONFLICT, "organization.qualification-exists",
					body.name(), year);
		}
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("bodyId", body.id().value());
		facts.put("year", year);
		facts.put("legalBasis", basis);
		facts.put("allMatters", input.allMatters());
		facts.put("matters", matters);
		facts.put("validFrom", from.toString());
		facts.put("validTo", to.toString());
		record(id, "confirmed", caller, now, facts);
		return repository.find(id).orElseThrow();
	}

	private static List<String> matters(NewBodyQualification input) {
		List<String> given = input.matters() == null ? List.of() : input.matters();
		LinkedHashSet<String> codes = new LinkedHashSet<>();
		for (String code : given) {
			if (code != null && !code.isBlank()) {
				codes.add(code.strip());
			}
		}
		if (input.allMatters() ? !codes.isEmpty() : codes.isEmpty()) {
			throw new OrganizationViolation(OrganizationViolation.BAD_REQUEST, "organization.qualification-matters");
		}
		if (codes.stream().anyMatch(c -> c.length() > MATTER_CODE_MAX)) {
			throw input("matters");
		}
		return List.copyOf(codes);
	}

	/** Announces the confirmation: it shows on the public list from now on while in force. */
	@Transactional
	@PreAuthorize("hasAuthority('supervision:review')")
	public BodyQualification publish(long id, ScopedPrincipal caller) {
		BodyQualification q = lockedWithin(id, caller);
		if (q.revoked()) {
			throw new OrganizationViolation(OrganizationViolation.CONFLICT, "organization.qualification-revoked",
					q.revokedOn());
		}
		if (q.published()) {
			throw new OrganizationViolation(OrganizationViolation.CONFLICT, "organization.qualification-published");
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		repository.publish(id, caller.accountId(), now);
		record(id, "published", caller, now, Map.of("bodyId", q.bodyId(), "year", q.year()));
		return repository.find(id).orElseThrow();
	}

	/**
	 * Revokes the confirmation with a reason, from today: the body is no longer covered from today on (days before stay
	 * covered), and it leaves the public list.
	 */
	@Transactional
	@PreAuthorize("hasAuthority('supervision:review')")
	public BodyQualification revoke(long id, @Nullable String reason, ScopedPrincipal caller) {
		BodyQualification q = lockedWithin(id, caller);
		if (q.revoked()) {
			throw new OrganizationViolation(OrganizationViolation.CONFLICT, "organization.qualification-revoked",
					q.revokedOn());
		}
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty() || why.length() > REASON_MAX) {
			throw input("reason");
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		LocalDate today = today();
		repository.revoke(id, today, why, caller.accountId(), now);
		record(id, "revoked", caller, now,
				Map.of("bodyId", q.bodyId(), "year", q.year(), "reason", why, "revokedOn", today.toString()));
		return repository.find(id).orElseThrow();
	}

	/**
	 * The public list (no account): the announced confirmations of the year, unrevoked and not yet ended, of the bodies
	 * seated in the division (everywhere when none).
	 */
	@Transactional(readOnly = true)
	public List<Announced> announced(@Nullable DivisionCode division, int year) {
		JurisdictionScope scope = division == null ? JurisdictionScope.nationwide()
				: JurisdictionScope.of(List.of(division));
		Map<Long, Organization> names = new LinkedHashMap<>();
		List<Announced> result = new ArrayList<>();
		for (BodyQualification q : repository.announced(year, today())) {
			Organization body = names.computeIfAbsent(q.bodyId(), b -> organizations.find(b).orElseThrow());
			if (!scope.covers(body.seat())) {
				continue;
			}
			result.add(new Announced(body.id().value(), body.name(), body.kind(), body.bodyType(), body.seat().value(),
					q.year(), q.legalBasis(), q.allMatters(), q.matters(), q.validFrom(), q.validTo(),
					ChinaTime.local(java.util.Objects.requireNonNull(q.publishedAt())).toLocalDate()));
		}
		result.sort(Comparator.comparing(Announced::seat).thenComparing(Announced::bodyName));
		return result;
	}

	private Organization bodyWithin(long bodyId, ScopedPrincipal caller) {
		return organizations.find(bodyId)
			.filter(o -> BODIES.contains(o.kind()) && caller.jurisdiction().covers(o.seat()))
			.orElseThrow(() -> new OrganizationViolation(OrganizationViolation.NOT_FOUND,
					"organization.qualification-body-unknown", bodyId));
	}

	private BodyQualification lockedWithin(long id, ScopedPrincipal caller) {
		BodyQualification q = repository.lock(id)
			.orElseThrow(() -> new OrganizationViolation(OrganizationViolation.NOT_FOUND,
					"organization.qualification-unknown", id));
		organizations.find(q.bodyId())
			.filter(o -> caller.jurisdiction().covers(o.seat()))
			.orElseThrow(() -> new OrganizationViolation(OrganizationViolation.NOT_FOUND,
					"organization.qualification-unknown", id));
		return q;
	}

	private void record(long id, String action, ScopedPrincipal caller, OffsetDateTime at, Map<String, Object> facts) {
		publisher.publishEvent(new BodyQualificationRecorded(id, action, caller.accountId(), at, facts));
	}

	private static OrganizationViolation input(String field) {
		return new OrganizationViolation(OrganizationViolation.BAD_REQUEST, "organization.qualification-input", field);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ChinaTime.ZONE));
	}
}
