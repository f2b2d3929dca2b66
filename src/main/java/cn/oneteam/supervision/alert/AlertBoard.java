package cn.oneteam.supervision.alert;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import cn.oneteam.casehandling.CaseAlertFigures;
import cn.oneteam.inspection.code.CodeSupervision;
import cn.oneteam.inspection.code.CodeViews;
import cn.oneteam.intake.EventAlertFigures;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.supervision.Complaint;
import cn.oneteam.supervision.ComplaintState;
import cn.oneteam.supervision.Complaints;
import cn.oneteam.supervision.alert.AlertPattern.Measure;
import cn.oneteam.supervision.alert.AlertViews.ActionView;
import cn.oneteam.supervision.alert.AlertViews.Alert;
import cn.oneteam.supervision.alert.AlertViews.AlertRecord;
import cn.oneteam.supervision.alert.AlertViews.Board;
import cn.oneteam.supervision.alert.AlertViews.DrillDown;
import cn.oneteam.supervision.alert.AlertViews.Kind;
import cn.oneteam.supervision.alert.AlertViews.Threshold;
import cn.oneteam.supervision.alert.AlertViews.ThresholdChange;
import cn.oneteam.whistle.WhistleAlertFigures;
import cn.oneteam.whistle.WhistleAlertFigures.Lapse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The supervisor's alert board (docs/adr/0036-supervisors-alert-board.md): for a supervising 司法局, across the
 * enforcement bodies of its jurisdiction, the periods overdue and the irregularities at or above their threshold —
 * each figure from the owning module's set-based query — with the records behind each alert, the thresholds as data
 * (every change kept) and the questions and notes the supervisor records.
 */
@Service
public class AlertBoard {

	static final int RECORDS = 200;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final AlertRepository repository;

	private final CaseAlertFigures cases;

	private final EventAlertFigures events;

	private final WhistleAlertFigures whistles;

	private final CodeSupervision inspections;

	private final Complaints complaints;

	private final Organizations organizations;

	private final Clock clock;

	AlertBoard(AlertRepository repository, CaseAlertFigures cases, EventAlertFigures events,
			WhistleAlertFigures whistles, CodeSupervision inspections, Complaints complaints,
			Organizations organizations, Clock clock) {
		this.repository = repository;
		this.cases = cases;
		this.events = events;
		this.whistles = whistles;
		this.inspections = inspections;
		this.complaints = complaints;
		this.organizations = organizations;
		this.clock = clock;
	}

	/** Every alert standing now for the bodies of the caller's jurisdiction: overdue periods, then irregularities. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('supervision:review')")
	public Board board(ScopedPrincipal caller) {
		long start = System.nanoTime();
		Map<AlertPattern, Threshold> thresholds = thresholdMap(caller);
		Map<Long, Optional<Organization>> bodies = new HashMap<>();
		List<Alert> alerts = new ArrayList<>();
		for (AlertPattern pattern : AlertPattern.values()) {
			Threshold t = thresholds.get(pattern);
			if (pattern.thresholded() && (t == null || !t.enabled())) {
				continue;
			}
			for (Figure f : figures(pattern, t, caller)) {
				alert(pattern, t, f, caller, bodies).ifPresent(alerts::add);
			}
		}
		alerts.sort(Comparator.comparing((Alert a) -> a.pattern().ordinal())
			.thenComparing(Alert::figure, Comparator.reverseOrder())
			.thenComparing(Alert::bodyName));
		return new Board(alerts, (System.nanoTime() - start) / 1_000_000);
	}

	/** The records behind one body's figure, the alert when it stands now, and the actions taken; 404 outside. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('supervision:review')")
	public DrillDown drillDown(AlertPattern pattern, long bodyId, @Nullable String key, ScopedPrincipal caller) {
		Organization body = visibleBody(bodyId, caller);
		Threshold t = thresholdMap(caller).get(pattern);
		Map<Long, Optional<Organization>> bodies = new HashMap<>();
		Optional<Figure> figure = figures(pattern, t, caller).stream()
			.filter(f -> f.bodyId() == bodyId && (key == null || key.isBlank() || key.equals(f.key())))
			.findFirst();
		String k = key != null && !key.isBlank() ? key : figure.map(Figure::key).orElse("");
		Alert alert = figure.flatMap(f -> alert(pattern, t, f, caller, bodies)).orElse(null);
		return new DrillDown(pattern, bodyId, body.name(), k, alert, records(pattern, t, body, k, caller),
				repository.actions(pattern, bodyId), rectification(bodyId, pattern, k));
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('supervision:review')")
	public List<Threshold> thresholds(ScopedPrincipal caller) {
		return repository.thresholds(caller.organizationId());
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('supervision:review')")
	public List<ThresholdChange> thresholdChanges(ScopedPrincipal caller) {
		return repository.changes(caller.organizationId(), 100);
	}

	/**
	 * Sets a pattern's threshold, smallest sample and switch for the caller's organisation — its own row, the shipped
	 * default staying for the others — the change kept; a value outside the pattern's range is refused (400
	 * {@code supervision.alert-threshold-range}) and nothing changes.
	 */
	@Transactional
	@PreAuthorize("hasAuthority('supervision:review')")
	public Threshold setThreshold(AlertPattern code, @Nullable BigDecimal threshold, @Nullable Integer minSample,
			@Nullable Boolean enabled, ScopedPrincipal caller) {
		Measure m = code.measure();
		if (!code.thresholded()) {
			throw new RuleViolation(RuleViolation.NOT_FOUND, "supervision.alert-pattern-unknown", code.name());
		}
		if (threshold == null || threshold.compareTo(m.lowest()) < 0 || threshold.compareTo(m.highest()) > 0
				|| (m != Measure.SHARE && threshold.stripTrailingZeros().scale() > 0) || threshold.scale() > 2) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.alert-threshold-range", code.name(),
					m.lowest().toPlainString(), m.highest().toPlainString());
		}
		if (minSample == null || minSample < 0 || minSample > AlertPattern.MAX_SAMPLE) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.alert-sample-range", code.name(),
					AlertPattern.MAX_SAMPLE);
		}
		if (enabled == null) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.alert-input", "enabled");
		}
		Threshold before = repository.lock(code, caller.organizationId())
			.orElseThrow(() -> new RuleViolation(RuleViolation.NOT_FOUND, "supervision.alert-pattern-unknown",
					code.name()));
		if (before.threshold().compareTo(threshold) != 0 || before.minSample() != minSample
				|| before.enabled() != enabled) {
			repository.update(before, threshold, minSample, enabled, caller.organizationId(), caller.accountId(),
					OffsetDateTime.now(clock));
		}
		return repository.lock(code, caller.organizationId()).orElseThrow();
	}

	/** A question to the body or a note on an alert, recorded with who and when; 404 for a body outside. */
	@Transactional
	@PreAuthorize("hasAuthority('supervision:review')")
	public ActionView act(@Nullable AlertPattern pattern, @Nullable Long bodyId, @Nullable String key,
			@Nullable Kind kind, @Nullable String text, ScopedPrincipal caller) {
		if (pattern == null) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.alert-input", "pattern");
		}
		if (bodyId == null) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.alert-input", "bodyId");
		}
		if (kind == null) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.alert-input", "kind");
		}
		if (text == null || text.isBlank() || text.strip().length() > 2000) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.alert-input", "text");
		}
		String k = key == null ? "" : key.strip();
		if (k.length() > 100) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.alert-input", "key");
		}
		visibleBody(bodyId, caller);
		OffsetDateTime at = OffsetDateTime.now(clock);
		long id = repository.act(pattern, bodyId, k, kind, text.strip(), caller.accountId(), at);
		return new ActionView(id, pattern, bodyId, k, kind, text.strip(), caller.accountId(), at, null, null, null);
	}

	/** A body's figure for a pattern before its threshold is applied. */
	record Figure(long bodyId, String key, String keyLabel, BigDecimal figure, long count, long sample) {
	}

	private List<Figure> figures(AlertPattern pattern, @Nullable Threshold t, ScopedPrincipal caller) {
		JurisdictionScope scope = caller.jurisdiction();
		LocalDate today = today();
		OffsetDateTime now = OffsetDateTime.now(clock);
		return switch (pattern) {
			case OVERDUE_CASE_PERIOD -> caseFigures(CaseAlertFigures.Kind.OVERDUE_CLOCK, scope, today);
			case FINE_AT_MAXIMUM -> caseFigures(CaseAlertFigures.Kind.FINE_AT_MAXIMUM, scope, today);
			case OFFICER_PAIR -> caseFigures(CaseAlertFigures.Kind.OFFICER_PAIR, scope, today);
			case LATE_FILING_OR_ARCHIVING -> caseFigures(CaseAlertFigures.Kind.LATE_FILING_OR_ARCHIVING, scope, today);
			case CLOSED_WITHOUT_PAYMENT -> caseFigures(CaseAlertFigures.Kind.CLOSED_WITHOUT_PAYMENT, scope, today);
			case EVIDENCE_AFTER_DECISION -> caseFigures(CaseAlertFigures.Kind.EVIDENCE_AFTER_DECISION, scope, today);
			case OVERDUE_WHISTLE -> whistles.figures(Lapse.OVERDUE, scope, now, today).stream()
				.map(f -> count(f.bodyId(), f.summonses())).toList();
			case UNANSWERED_WHISTLE -> whistles.figures(Lapse.UNANSWERED, scope, now, today).stream()
				.map(f -> count(f.bodyId(), f.summonses())).toList();
			case REPEATED_RETURNS -> events.repeatedReturns(times(t), scope).stream()
				.map(f -> new Figure(f.bodyId(), "", "", BigDecimal.valueOf(f.mostReturns()), f.events(), 0))
				.toList();
			case UNCODED_INSPECTION -> {
				Map<Long, Long> per = new LinkedHashMap<>();
				for (CodeViews.Uncoded u : inspections.uncoded(null, null, caller)) {
					u.departmentIds().forEach(d -> per.merge(d, 1L, Long::sum));
				}
				List<Figure> f = new ArrayList<>();
				per.forEach((body, n) -> f.add(count(body, n)));
				yield f;
			}
			case OVERDUE_COMPLAINT -> {
				Map<Long, Long> per = new LinkedHashMap<>();
				openOverdueComplaints(caller).forEach(c -> per.merge(c.bodyId(), 1L, Long::sum));
				List<Figure> f = new ArrayList<>();
				per.forEach((body, n) -> f.add(count(body, n)));
				yield f;
			}
		};
	}

	private List<Figure> caseFigures(CaseAlertFigures.Kind kind, JurisdictionScope scope, LocalDate today) {
		boolean share = kind == CaseAlertFigures.Kind.FINE_AT_MAXIMUM || kind == CaseAlertFigures.Kind.OFFICER_PAIR;
		return cases.figures(kind, scope, today).stream()
			.map(f -> new Figure(f.bodyId(), f.key(), f.keyLabel(),
					share ? percent(f.count(), f.sample()) : BigDecimal.valueOf(f.count()), f.count(), f.sample()))
			.toList();
	}

	private static Figure count(long bodyId, long n) {
		return new Figure(bodyId, "", "", BigDecimal.valueOf(n), n, 0);
	}

	/** The share shown, in per cent to one decimal (cut); judged against the threshold by {@link #reaches}. */
	static BigDecimal percent(long count, long sample) {
		return sample == 0 ? BigDecimal.ZERO
				: BigDecimal.valueOf(count).multiply(HUNDRED).divide(BigDecimal.valueOf(sample), 1, RoundingMode.DOWN);
	}

	/**
	 * Whether the figure is at or above the threshold; a share compared exactly (count × 100 ≥ threshold × sample),
	 * not through its cut display: 2 of 3 is 66.666… per cent, at or above 66.65.
	 */
	static boolean reaches(Measure measure, Figure f, BigDecimal threshold) {
		if (measure == Measure.SHARE) {
			return BigDecimal.valueOf(f.count())
				.multiply(HUNDRED)
				.compareTo(threshold.multiply(BigDecimal.valueOf(f.sample()))) >= 0;
		}
		return f.figure().compareTo(threshold) >= 0;
	}

	private static int times(@Nullable Threshold t) {
		return t == null ? Integer.MAX_VALUE : t.threshold().intValue();
	}

	/** The figure as an alert when it stands: at or above the threshold, on a sample at least the smallest. */
	private Optional<Alert> alert(AlertPattern pattern, @Nullable Threshold t, Figure f, ScopedPrincipal caller,
			Map<Long, Optional<Organization>> bodies) {
		Optional<Organization> body = bodies.computeIfAbsent(f.bodyId(),
				b -> organizations.find(new OrganizationId(b))
					.filter(o -> caller.jurisdiction().covers(o.seat())));
		if (body.isEmpty() || f.count() == 0) {
			return Optional.empty();
		}
		if (pattern.thresholded()) {
			if (t == null || !t.enabled() || !reaches(pattern.measure(), f, t.threshold())
					|| (pattern.measure() == Measure.SHARE && f.sample() < t.minSample())) {
				return Optional.empty();
			}
		}
		String href = UriComponentsBuilder.fromPath("/supervision/alerts/{pattern}/{body}")
			.queryParamIfPresent("key", Optional.of(f.key()).filter(k -> !k.isEmpty()))
			.buildAndExpand(pattern.name(), f.bodyId())
			.encode()
			.toUriString();
		return Optional.of(new Alert(pattern, pattern.section(), pattern.measure(), f.bodyId(), body.get().name(),
				f.key(), f.keyLabel(), plain(f.figure()), f.count(), f.sample(),
				t == null || !pattern.thresholded() ? null : plain(t.threshold()), href,
				rectification(f.bodyId(), pattern, f.key())));
	}

	/** The rectification task's page, opened on the body with this alert as its source. */
	static String rectification(long bodyId, AlertPattern pattern, String key) {
		return UriComponentsBuilder.fromPath("/supervision/rectifications/new")
			.queryParam("body", bodyId)
			.queryParam("source", "ALERT")
			.queryParam("ref", pattern.name() + ":" + (key.isEmpty() ? bodyId : key))
			.encode()
			.toUriString();
	}

	private List<AlertRecord> records(AlertPattern pattern, @Nullable Threshold t, Organization body, String key,
			ScopedPrincipal caller) {
		long bodyId = body.id().value();
		JurisdictionScope scope = caller.jurisdiction();
		LocalDate today = today();
		OffsetDateTime now = OffsetDateTime.now(clock);
		return switch (pattern.records()) {
			case CASE -> cases.records(caseKind(pattern), scope, today, bodyId, key.isEmpty() ? null : key, RECORDS)
				.stream()
				.map(c -> new AlertRecord(AlertPattern.Records.CASE, c.caseId(),
						c.party() + (c.number() == null ? "" : " " + c.number()),
						c.on() == null ? null : c.on().toString(), c.detail(), "/cases/" + c.caseId()))
				.toList();
			case WHISTLE -> whistles.summonses(pattern == AlertPattern.UNANSWERED_WHISTLE ? Lapse.UNANSWERED
					: Lapse.OVERDUE, scope, now, today, bodyId, RECORDS).stream()
				.map(s -> new AlertRecord(AlertPattern.Records.WHISTLE, s.whistleId(), s.need(),
						ChinaTime.local(s.dueAt()).toLocalDateTime().toString(), s.clock(),
						"/whistles/" + s.whistleId()))
				.toList();
			case EVENT -> events.returnedEvents(times(t), scope, bodyId, RECORDS).stream()
				.map(e -> new AlertRecord(AlertPattern.Records.EVENT, e.eventId(), e.trackingNumber(),
						ChinaTime.local(e.lastReturnedAt()).toLocalDate().toString(),
						e.returns() + " × " + e.state(), "/intake/events/" + e.eventId()))
				.toList();
			case VISIT -> inspections.uncoded(null, null, caller).stream()
				.filter(u -> u.departmentIds().contains(bodyId))
				.map(u -> new AlertRecord(AlertPattern.Records.VISIT, u.visitId(), u.subjectCode(),
						u.inspectedOn() == null ? null : u.inspectedOn().toString(),
						u.state().name() + (u.recordedByName() == null ? "" : " " + u.recordedByName()),
						"/inspections/visits/" + u.visitId()))
				.toList();
			case COMPLAINT -> openOverdueComplaints(caller).stream()
				.filter(c -> c.bodyId() == bodyId)
				.map(c -> new AlertRecord(AlertPattern.Records.COMPLAINT, c.id(), c.trackingNumber(),
						c.receivedOn().toString(), c.state().name() + " "
								+ (c.concludeDue() != null ? c.concludeDue() : c.acceptDue()),
						"/supervision/complaints#complaint-" + c.id()))
				.toList();
		};
	}

	private static CaseAlertFigures.Kind caseKind(AlertPattern pattern) {
		return pattern == AlertPattern.OVERDUE_CASE_PERIOD ? CaseAlertFigures.Kind.OVERDUE_CLOCK
				: CaseAlertFigures.Kind.valueOf(pattern.name());
	}

	private List<Complaint> openOverdueComplaints(ScopedPrincipal caller) {
		Predicate<Complaint> open = c -> c.state() == ComplaintState.RECEIVED || c.state() == ComplaintState.ACCEPTED;
		return complaints.list(caller).stream().filter(open.and(Complaint::overdue)).toList();
	}

	private Organization visibleBody(long bodyId, ScopedPrincipal caller) {
		return organizations.find(new OrganizationId(bodyId))
			.filter(o -> caller.jurisdiction().covers(o.seat()))
			.orElseThrow(() -> new RuleViolation(RuleViolation.NOT_FOUND, "supervision.alert-body-unknown", bodyId));
	}

	/** The caller's organisation's thresholds: its own where it set one, else the shipped default. */
	private Map<AlertPattern, Threshold> thresholdMap(ScopedPrincipal caller) {
		Map<AlertPattern, Threshold> map = new LinkedHashMap<>();
		repository.thresholds(caller.organizationId()).forEach(t -> map.put(t.code(), t));
		return map;
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ChinaTime.ZONE));
	}

	static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}
}
