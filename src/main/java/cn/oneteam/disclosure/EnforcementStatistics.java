package cn.oneteam.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import cn.oneteam.casehandling.PenaltyStatistics;
import cn.oneteam.inspection.InspectionStatistics;
import cn.oneteam.organization.BodyQualifications;
import cn.oneteam.organization.Organization;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.supervision.ComplaintStatistics;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 行政执法统计年报 (docs/adr/0045-annual-enforcement-statistics.md): each enforcement body's figures of a calendar year
 * (Beijing dates), generated from the case, inspection and complaint records, published from a configured day of
 * January of the next year — by the scheduled scan for every body, or at once by the supervising 司法局 or the
 * administrator — and due by 31 January (docs/legal/statistics.md). A published report is an immutable snapshot; a correction is a new version
 * with its reason. The public reads published reports only; signed-in staff may preview a year not yet published.
 * Each version published is a typed event ({@link StatisticsPublished}), reported upwards when configured
 * (docs/adr/0056-reporting-upwards-through-kafka.md).
 */
@Service
@EnableConfigurationProperties(StatisticsSettings.class)
public class EnforcementStatistics {

	/** The day of January by which the previous year's report is due (ANNUAL_STATS_DUE, docs/legal/statistics.md). */
	static final int DUE_DAY_OF_JANUARY = 31;

	static final int REASON_MAX = 500;

	private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

	private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

	private final BodyQualifications bodies;

	private final PenaltyStatistics penalties;

	private final InspectionStatistics inspections;

	private final ComplaintStatistics complaints;

	private final StatisticsRepository repository;

	private final StatisticsSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EnforcementStatistics(BodyQualifications bodies, PenaltyStatistics penalties, InspectionStatistics inspections,
			ComplaintStatistics complaints, StatisticsRepository repository, StatisticsSettings settings,
			ApplicationEventPublisher events, Clock clock) {
		this.bodies = bodies;
		this.penalties = penalties;
		this.inspections = inspections;
		this.complaints = complaints;
		this.repository = repository;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/** What a publication did for one body: published (version 1), republished (a new version) or left as it was. */
	public record Publication(long bodyId, String bodyName, int year, int version, LocalDate publishedOn,
			boolean onTime, Outcome outcome) {

		public enum Outcome {
			PUBLISHED, REPUBLISHED, ALREADY_PUBLISHED
		}
	}

	/** A preview for signed-in staff: the figures from 1 January to {@code to}, not published, not stored. */
	public record Preview(long bodyId, String bodyName, int year, LocalDate from, LocalDate to, boolean yearEnded,
			AnnualFigures figures) {
	}

	/** A body with a published report of a year (for the public page's choice). */
	public record PublishedBody(long bodyId, String bodyName, String bodySeat) {
	}

	/** The day the report of the year is due: 31 January of the next year. */
	public static LocalDate dueOn(int year) {
		return LocalDate.of(year + 1, 1, DUE_DAY_OF_JANUARY);
	}

	/** The figures of each body given for the year (1 January to 31 December), or up to {@code to} if earlier. */
	Map<Long, AnnualFigures> generate(List<Long> bodyIds, int year, LocalDate to) {
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate last = to.isBefore(LocalDate.of(year, 12, 31)) ? to : LocalDate.of(year, 12, 31);
		Map<Long, PenaltyStatistics.Figures> p = penalties.figures(bodyIds, from, last);
		Map<Long, InspectionStatistics.Figures> i = inspections.figures(bodyIds, from, last);
		Map<Long, ComplaintStatistics.Figures> c = complaints.figures(bodyIds, from, last);
		Map<Long, AnnualFigures> figures = new HashMap<>();
		for (Long id : bodyIds) {
			figures.put(id, AnnualFigures.of(p.getOrDefault(id, PenaltyStatistics.Figures.none()),
					i.getOrDefault(id, InspectionStatistics.Figures.NONE),
					c.getOrDefault(id, ComplaintStatistics.Figures.NONE)));
		}
		return figures;
	}

	/**
	 * The scheduled publication (docs/adr/0017-scheduled-scans.md): on or after the configured day of January, the
	 * previous year's report of every enforcement body that has none yet, published today. Before that day nothing.
	 * The number of reports published. The scan passes its clock (tests pass one of their own).
	 */
	int publishDue(Clock at) {
		LocalDate today = LocalDate.now(at.withZone(ChinaTime.ZONE));
		int year = today.getYear() - 1;
		if (today.isBefore(LocalDate.of(today.getYear(), 1, settings.publishFromDay()))) {
			return 0;
		}
		List<Organization> all = bodies.bodiesOf(JurisdictionScope.nationwide());
		Set<Long> done = repository.bodiesPublished(year, StatisticsRepository.ids(all));
		List<Organization> due = all.stream().filter(o -> !done.contains(o.id().value())).toList();
		return (int) publish(due, year, at, null, null).stream()
			.filter(p -> p.outcome() == Publication.Outcome.PUBLISHED)
			.count();
	}

	/**
	 * Publishes the year's report now for every enforcement body seated in the caller's jurisdiction, or for one of
	 * them ({@code body}): a body without a report gets version 1; a body with one keeps it, unless a reason is given,
	 * which publishes a new version of freshly generated figures (a correction, of the one body named: 400
	 * {@code disclosure.statistics-correction-body} for a reason without a body). 422
	 * {@code disclosure.statistics-year-not-ended} for a year not yet over; 400 {@code disclosure.statistics-input} for a
	 * malformed year or a reason too long; 404 {@code disclosure.body-unknown} for a body outside the jurisdiction; 409
	 * {@code disclosure.statistics-concurrent} when concurrent corrections keep taking the next version.
	 */
	@Transactional
	@PreAuthorize("hasAnyAuthority('supervision:review', 'organization:register')")
	public List<Publication> publish(int year, @Nullable String body, @Nullable String reason, ScopedPrincipal caller) {
		LocalDate today = today();
		if (year < 2000 || year > 2100) {
			throw input();
		}
		if (year >= today.getYear()) {
			throw new RuleViolation(RuleViolation.UNPROCESSABLE, "disclosure.statistics-year-not-ended", year,
					LocalDate.of(year + 1, 1, 1));
		}
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		if (why != null && why.length() > REASON_MAX) {
			throw input();
		}
		if (why != null && (body == null || body.isBlank())) {
			// a correction names the one body whose report it corrects: a reason is not a blanket re-publication of
			// every body of the jurisdiction (docs/adr/0045-annual-enforcement-statistics.md)
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "disclosure.statistics-correction-body");
		}
		List<Organization> chosen = bodies.bodiesOf(caller.jurisdiction());
		if (body != null && !body.isBlank()) {
			chosen = chosen.stream().filter(o -> String.valueOf(o.id().value()).equals(body.strip())).toList();
			if (chosen.isEmpty()) {
				throw new RuleViolation(RuleViolation.NOT_FOUND, "disclosure.body-unknown");
			}
		}
		return publish(chosen, year, clock, why, caller.accountId());
	}

	private List<Publication> publish(List<Organization> chosen, int year, Clock at, @Nullable String reason,
			@Nullable Long by) {
		LocalDate today = LocalDate.now(at.withZone(ChinaTime.ZONE));
		List<Long> ids = StatisticsRepository.ids(chosen);
		Set<Long> published = repository.bodiesPublished(year, ids);
		List<Long> toGenerate = reason != null ? ids : ids.stream().filter(id -> !published.contains(id)).toList();
		Map<Long, AnnualFigures> figures = generate(toGenerate, year, LocalDate.of(year, 12, 31));
		OffsetDateTime now = OffsetDateTime.now(at.withZone(ChinaTime.ZONE));
		boolean onTime = !today.isAfter(dueOn(year));
		List<Publication> result = new ArrayList<>();
		for (Organization o : chosen) {
			long id = o.id().value();
			if (!figures.containsKey(id)) {
				StatisticsRepository.Stored newest = repository.newest(id, year).orElseThrow();
				result.add(new Publication(id, newest.bodyName(), year, newest.version(), newest.publishedOn(),
						newest.onTime(), Publication.Outcome.ALREADY_PUBLISHED));
				continue;
			}
			int version = repository.nextVersion(id, year);
			Publication p = store(new StatisticsRepository.Stored(id, o.name(), o.seat().value(), year, version,
					figures.get(id), now, today, onTime, version == 1 ? null : reason), reason, by);
			if (p.outcome() != Publication.Outcome.ALREADY_PUBLISHED) {
				events.publishEvent(new StatisticsPublished(UUID.randomUUID(), id, p.bodyName(), o.code(), o.seat(),
						year, p.version(), p.publishedOn(), p.onTime(), p.version() == 1 ? null : reason,
						figures.get(id), now));
			}
			result.add(p);
		}
		return result;
	}

	/** How often a correction takes the next version after losing it to a concurrent one before answering 409. */
	static final int VERSION_ATTEMPTS = 5;

	/**
	 * Stores the version computed, or, when a concurrent publication took that version first (the insert finds it),
	 * what follows from it: without a reason the body now has a report, left as it is (ALREADY_PUBLISHED); with a
	 * reason the correction takes the next version — a few times, then 409 {@code disclosure.statistics-concurrent}.
	 * A lost insert is never dropped silently (docs/adr/0045-annual-enforcement-statistics.md).
	 */
	Publication store(StatisticsRepository.Stored stored, @Nullable String reason, @Nullable Long by) {
		StatisticsRepository.Stored s = stored;
		for (int attempt = 1; attempt <= VERSION_ATTEMPTS; attempt++) {
			if (repository.insert(s, by)) {
				return new Publication(s.bodyId(), s.bodyName(), s.year(), s.version(), s.publishedOn(), s.onTime(),
						s.version() == 1 ? Publication.Outcome.PUBLISHED : Publication.Outcome.REPUBLISHED);
			}
			if (reason == null) {
				StatisticsRepository.Stored newest = repository.newest(s.bodyId(), s.year()).orElseThrow();
				return new Publication(s.bodyId(), newest.bodyName(), s.year(), newest.version(), newest.publishedOn(),
						newest.onTime(), Publication.Outcome.ALREADY_PUBLISHED);
			}
			int next = repository.nextVersion(s.bodyId(), s.year());
			s = new StatisticsRepository.Stored(s.bodyId(), s.bodyName(), s.bodySeat(), s.year(), next, s.figures(),
					s.generatedAt(), s.publishedOn(), s.onTime(), next == 1 ? null : reason);
		}
		throw new RuleViolation(RuleViolation.CONFLICT, "disclosure.statistics-concurrent");
	}

	/**
	 * A body's figures of a year for signed-in staff, not published: up to today for the current year (year to date),
	 * the whole year for a past one. 404 {@code disclosure.body-unknown} for a body outside the caller's jurisdiction;
	 * 400 {@code disclosure.statistics-input} for a malformed body or year, or a year to come.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyAuthority('supervision:review', 'supervision:read', 'organization:register', "
			+ "'dashboard:view', 'case:read')")
	public Preview preview(@Nullable String body, @Nullable String year, ScopedPrincipal caller) {
		LocalDate today = today();
		int y = year == null || year.isBlank() ? today.getYear() : year(year);
		if (y > today.getYear()) {
			throw input();
		}
		long id = id(body);
		Organization o = bodies.bodiesOf(caller.jurisdiction()).stream()
			.filter(b -> b.id().value() == id)
			.findFirst()
			.orElseThrow(() -> new RuleViolation(RuleViolation.NOT_FOUND, "disclosure.body-unknown"));
		LocalDate to = y < today.getYear() ? LocalDate.of(y, 12, 31) : today;
		return new Preview(id, o.name(), y, LocalDate.of(y, 1, 1), to, y < today.getYear(),
				generate(List.of(id), y, to).get(id));
	}

	/** The enforcement bodies seated in the caller's jurisdiction, for the staff's preview. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyAuthority('supervision:review', 'supervision:read', 'organization:register', "
			+ "'dashboard:view', 'case:read')")
	public List<PublishedBody> bodiesFor(ScopedPrincipal caller) {
		return bodies.bodiesOf(caller.jurisdiction()).stream()
			.map(o -> new PublishedBody(o.id().value(), o.name(), o.seat().value()))
			.toList();
	}

	/**
	 * The published report of a body and year, the newest version or the one asked for. 400
	 * {@code disclosure.statistics-input} for a missing or malformed body, year or version; 404
	 * {@code disclosure.statistics-unpublished} when there is none (an unknown body alike).
	 */
	@Transactional(readOnly = true)
	public StatisticsReport published(@Nullable String body, @Nullable String year, @Nullable String version) {
		long id = id(body);
		int y = year(year);
		Integer v = null;
		if (version != null && !version.isBlank()) {
			if (!version.strip().matches("[1-9][0-9]{0,4}")) {
				throw input();
			}
			v = Integer.parseInt(version.strip());
		}
		List<StatisticsRepository.Stored> versions = repository.versions(id, y);
		Integer wanted = v;
		StatisticsRepository.Stored shown = (wanted == null ? versions.stream().reduce((a, b) -> b)
				: versions.stream().filter(s -> s.version() == wanted).findFirst())
			.orElseThrow(EnforcementStatistics::unpublished);
		return report(shown, versions);
	}

	/** The newest version of every body's published report of the year, by body name. 400 for a malformed year. */
	@Transactional(readOnly = true)
	public List<StatisticsReport> publishedOfYear(@Nullable String year) {
		int y = year(year);
		return repository.newestOfYear(y).stream().map(s -> report(s, List.of())).toList();
	}

	/** The years with a published report, newest first. */
	@Transactional(readOnly = true)
	public List<Integer> years() {
		return repository.years();
	}

	/** The bodies with a published report of the year, by name. */
	@Transactional(readOnly = true)
	public List<PublishedBody> publishedBodies(int year) {
		return repository.newestOfYear(year).stream()
			.map(s -> new PublishedBody(s.bodyId(), s.bodyName(), s.bodySeat()))
			.toList();
	}

	/** Parses a public year: four digits, 2000 to 2100; 400 otherwise (missing too). */
	static int year(@Nullable String year) {
		String y = year == null ? "" : year.strip();
		if (!YEAR.matcher(y).matches() || Integer.parseInt(y) < 2000 || Integer.parseInt(y) > 2100) {
			throw input();
		}
		return Integer.parseInt(y);
	}

	private static long id(@Nullable String body) {
		String b = body == null ? "" : body.strip();
		if (!ID.matcher(b).matches()) {
			throw input();
		}
		return Long.parseLong(b);
	}

	private static StatisticsReport report(StatisticsRepository.Stored s, List<StatisticsRepository.Stored> all) {
		return new StatisticsReport(s.bodyId(), s.bodyName(), s.bodySeat(), s.year(), s.version(), s.generatedAt(),
				s.publishedOn(), dueOn(s.year()), s.onTime(), s.reason(), s.figures(),
				all.stream().map(v -> new StatisticsReport.Version(v.version(), v.publishedOn(), v.onTime(), v.reason()))
					.toList());
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ChinaTime.ZONE));
	}

	static RuleViolation input() {
		return new RuleViolation(RuleViolation.BAD_REQUEST, "disclosure.statistics-input");
	}

	private static RuleViolation unpublished() {
		return new RuleViolation(RuleViolation.NOT_FOUND, "disclosure.statistics-unpublished");
	}
}
