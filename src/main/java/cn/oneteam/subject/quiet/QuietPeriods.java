package cn.oneteam.subject.quiet;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.SubjectRecorded;
import cn.oneteam.subject.Subjects;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 免检 / 无事不扰 / 无感监管 entries of a subject — set and ended, never deleted, each change in the subject's
 * full-process record, within the caller's jurisdiction ({@code case:handle}) — annual inspection caps as data
 * ({@code catalog:manage}), and {@link #check(InspectionQuery)}, the answer inspections honour
 * (docs/adr/0024-quiet-periods-and-caps.md).
 */
@Service
@EnableConfigurationProperties(QuietSettings.class)
public class QuietPeriods {

	/** The triggers a cap does not count when it is set without a list: campaigns deployed by a superior (I6). */
	static final Set<InspectionTrigger> DEFAULT_CAP_EXEMPT = EnumSet.of(InspectionTrigger.CAMPAIGN_BY_SUPERIOR);

	private final QuietRepository repository;

	private final Subjects subjects;

	private final QuietSettings settings;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	QuietPeriods(QuietRepository repository, Subjects subjects, QuietSettings settings,
			ApplicationEventPublisher publisher, Clock clock) {
		this.repository = repository;
		this.subjects = subjects;
		this.settings = settings;
		this.publisher = publisher;
		this.clock = clock;
	}

	/**
	 * The answer for an inspection about to be made, for the inspection module (which counts the inspections already
	 * made and passes the count): the subject's entries on the day, the body's (else the domain's) cap of the day's
	 * year and the calendar block. No jurisdiction check: the caller is a module acting on its own authorised task.
	 */
	@Transactional(readOnly = true)
	public QuietAnswer check(InspectionQuery query) {
		if (query.inspectionsThisYear() < 0) {
			throw new QuietViolation(QuietViolation.BAD_REQUEST, "quiet.made-negative", query.inspectionsThisYear());
		}
		return QuietRules.decide(query, repository.ofSubject(query.subjectId()),
				repository.capFor(query.inspectingBody(), query.domain(), query.day().getYear()).orElse(null), settings);
	}

	/**
	 * {@link #check(InspectionQuery)} for many inspections at once, the answers in the order of the queries, each the
	 * same as the single check would give, in two queries whatever their number: the entries of every subject named and
	 * the current caps of every year named (docs/adr/0031-inspection-burden.md). 400 quiet.made-negative as the single
	 * check, before anything is read.
	 */
	@Transactional(readOnly = true)
	public List<QuietAnswer> checkAll(List<InspectionQuery> queries) {
		if (queries.isEmpty()) {
			return List.of();
		}
		for (InspectionQuery query : queries) {
			if (query.inspectionsThisYear() < 0) {
				throw new QuietViolation(QuietViolation.BAD_REQUEST, "quiet.made-negative", query.inspectionsThisYear());
			}
		}
		Map<Long, List<QuietEntry>> entries = repository
			.ofSubjects(queries.stream().map(InspectionQuery::subjectId).toList());
		Map<String, InspectionCap> caps = new HashMap<>();
		for (InspectionCap cap : repository.caps(queries.stream().map(q -> q.day().getYear()).toList())) {
			caps.put(capKey(cap.scope(), cap.scopeKey(), cap.year()), cap);
		}
		List<QuietAnswer> answers = new ArrayList<>(queries.size());
		for (InspectionQuery query : queries) {
			answers.add(QuietRules.decide(query, entries.getOrDefault(query.subjectId(), List.of()), capOf(caps, query),
					settings));
		}
		return answers;
	}

	/**
	 * The cap that applies to an inspecting body (else its domain) in a year, for the inspection module, which counts
	 * the inspections made without the triggers the cap exempts (docs/adr/0031-inspection-burden.md). No jurisdiction
	 * check, as {@link #check(InspectionQuery)}.
	 */
	@Transactional(readOnly = true)
	public Optional<InspectionCap> capFor(String body, @Nullable String domain, int year) {
		return repository.capFor(body, domain, year);
	}

	/** As {@link QuietRepository#capFor}: the body's cap, else the domain's. */
	private static @Nullable InspectionCap capOf(Map<String, InspectionCap> caps, InspectionQuery query) {
		int year = query.day().getYear();
		InspectionCap body = caps.get(capKey(InspectionCap.Scope.BODY, query.inspectingBody().strip(), year));
		if (body != null) {
			return body;
		}
		return caps.get(capKey(InspectionCap.Scope.DOMAIN, query.domain() == null ? "" : query.domain().strip(), year));
	}

	private static String capKey(InspectionCap.Scope scope, String key, int year) {
		return scope + "|" + year + "|" + key;
	}

	/** The same for a user: 404 when the subject is not in the caller's jurisdiction. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('case:read')")
	public QuietAnswer check(InspectionQuery query, ScopedPrincipal caller) {
		subjects.byId(query.subjectId(), caller);
		return check(query);
	}

	/** The subject's entries, latest start first, ended ones included; 404 outside the jurisdiction. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('case:read')")
	public List<QuietEntry> entries(long subjectId, ScopedPrincipal caller) {
		subjects.byId(subjectId, caller);
		return repository.ofSubject(subjectId);
	}

	/** A new entry; 400 quiet.until-before-from. */
	@Transactional
	@PreAuthorize("hasAuthority('case:handle')")
	public QuietEntry add(long subjectId, QuietInputs.Entry input, ScopedPrincipal caller) {
		subjects.byId(subjectId, caller);
		if (input.validUntil() != null && input.validUntil().isBefore(input.validFrom())) {
			throw new QuietViolation(QuietViolation.BAD_REQUEST, "quiet.until-before-from", input.validFrom(),
					input.validUntil());
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		long id = repository.insert(subjectId, input, caller.accountId(), now);
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("entry", id);
		facts.put("kind", input.kind().name());
		facts.put("validFrom", input.validFrom().toString());
		facts.put("validUntil", input.validUntil() == null ? "" : input.validUntil().toString());
		facts.put("reason", input.reason().strip());
		facts.put("decidingBody", input.decidingBody().strip());
		publisher.publishEvent(new SubjectRecorded(subjectId, "quiet-period-set", caller.accountId(), now, facts));
		return repository.entry(subjectId, id).orElseThrow();
	}

	/**
	 * Ends an entry from a day (today when not given; not before its start, never in the past): 404 quiet.unknown,
	 * 409 quiet.already-ended, 400 quiet.end-out-of-range. The entry stays, with who ended it, when and why.
	 */
	@Transactional
	@PreAuthorize("hasAuthority('case:handle')")
	public QuietEntry end(long subjectId, long entryId, QuietInputs.Ending input, ScopedPrincipal caller) {
		subjects.byId(subjectId, caller);
		QuietEntry entry = repository.entry(subjectId, entryId)
			.orElseThrow(() -> new QuietViolation(QuietViolation.NOT_FOUND, "quiet.unknown", entryId));
		if (entry.ended()) {
			throw new QuietViolation(QuietViolation.CONFLICT, "quiet.already-ended", entry.endedOn());
		}
		LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
		LocalDate on = input.endedOn() == null ? today : input.endedOn();
		if (on.isBefore(today) || on.isBefore(entry.validFrom())) {
			throw new QuietViolation(QuietViolation.BAD_REQUEST, "quiet.end-out-of-range", on,
					today.isAfter(entry.validFrom()) ? today : entry.validFrom());
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (!repository.end(entryId, on, input.reason().strip(), caller.accountId(), now)) {
			throw new QuietViolation(QuietViolation.CONFLICT, "quiet.already-ended", on);
		}
		publisher.publishEvent(new SubjectRecorded(subjectId, "quiet-period-ended", caller.accountId(), now,
				Map.of("entry", entryId, "kind", entry.kind().name(), "endedOn", on.toString(), "reason",
						input.reason().strip())));
		return repository.entry(subjectId, entryId).orElseThrow();
	}

	/** The current caps of a year: for those who read cases and for administrators who set caps. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyAuthority('case:read', 'catalog:manage')")
	public List<InspectionCap> caps(int year) {
		return repository.caps(year);
	}

	/** Sets the cap of a body or domain for a year, replacing the current one (kept, marked replaced). */
	@Transactional
	@PreAuthorize("hasAuthority('catalog:manage')")
	public InspectionCap setCap(QuietInputs.Cap input, ScopedPrincipal caller) {
		Set<InspectionTrigger> exempt = input.exemptTriggers() == null ? DEFAULT_CAP_EXEMPT : input.exemptTriggers();
		repository.insertCap(input, exempt, caller.accountId(), OffsetDateTime.now(clock));
		return repository.capFor(input.scope() == InspectionCap.Scope.BODY ? input.scopeKey() : "",
				input.scope() == InspectionCap.Scope.DOMAIN ? input.scopeKey() : null, input.year())
			.orElseThrow();
	}
}
