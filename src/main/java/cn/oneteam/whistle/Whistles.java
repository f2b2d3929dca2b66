package cn.oneteam.whistle;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import cn.oneteam.calendar.WorkingDayCalendar;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.Organizations;
import cn.oneteam.region.Regions;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.whistle.WhistleDetail.Responder;
import cn.oneteam.whistle.WhistleRepository.Stored;
import cn.oneteam.whistle.WhistleRepository.Summons;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 吹哨报到: a township (乡镇人民政府/街道办事处) or a body stationed in it raises a whistle to county departments;
 * each department acknowledges (报到), arrives and reports; the township confirms or reopens, urges (催办) and rates
 * each response once (一事一评). Every step in one transaction, recorded in the whistle's full-process record. Only
 * the raising body acts for the township; only a summoned department acts for itself; others in whose jurisdiction
 * the township lies may read.
 */
@Service
public class Whistles {

	/** How far back a whistle blown by phone may be recorded (补录). */
	static final Duration LATE_RECORDING = Duration.ofDays(7);

	private final WhistleRepository whistles;

	private final WhistleSettings settings;

	private final Organizations organizations;

	private final Regions regions;

	private final WorkingDayCalendar calendar;

	private final ObjectProvider<WhistleEvents> events;

	private final WhistleQueries queries;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	Whistles(WhistleRepository whistles, WhistleSettings settings, Organizations organizations, Regions regions,
			WorkingDayCalendar calendar, ObjectProvider<WhistleEvents> events, WhistleQueries queries,
			ApplicationEventPublisher publisher, Clock clock) {
		this.whistles = whistles;
		this.settings = settings;
		this.organizations = organizations;
		this.regions = regions;
		this.calendar = calendar;
		this.events = events;
		this.queries = queries;
		this.publisher = publisher;
		this.clock = clock;
	}

	/** 吹哨. Refused when the caller is no township body, a department lies outside the county, or input is bad. */
	@Transactional
	@PreAuthorize("hasAuthority('event:dispatch')")
	public WhistleDetail raise(WhistleInputs.Raise input, ScopedPrincipal caller) {
		Organization raiser = queries.organization(caller.organizationId());
		DivisionCode township = WhistleQueries.townshipOf(raiser);
		OffsetDateTime now = OffsetDateTime.now(clock);
		OffsetDateTime raisedAt = input.raisedAt() == null ? now : input.raisedAt();
		if (raisedAt.isAfter(now) || raisedAt.isBefore(now.minus(LATE_RECORDING))) {
			throw new WhistleViolation(WhistleViolation.BAD_REQUEST, "whistle.raised-at-out-of-range",
					LATE_RECORDING.toDays());
		}
		if (!input.place().isWithin(township) || regions.find(input.place()).isEmpty()) {
			throw new WhistleViolation(WhistleViolation.BAD_REQUEST, "whistle.place-outside-township", input.place(),
					township);
		}
		WhistleType type = settings.type(input.type());
		ResponseRequirement requirement = new ResponseRequirement(
				Objects.requireNonNullElse(input.reportMinutes(), type.requirement().reportMinutes()),
				Objects.requireNonNullElse(input.arriveMinutes(), type.requirement().arriveMinutes()),
				Objects.requireNonNullElse(input.resolveWorkingDays(), type.requirement().resolveWorkingDays()))
			.checked();
		checkEvent(input.eventId(), township);
		Map<Organization, ResponderKind> responders = responders(input.departments(), township);
		long id = whistles.insert(township, raiser.id().value(), caller.accountId(), type.code(), requirement, input,
				raisedAt, now);
		ResponseClock.Dues dues = ResponseClock.Dues.of(raisedAt, requirement, calendar);
		responders.forEach((department, kind) -> whistles.summon(id, department.id().value(), kind, dues));
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("type", type.code());
		facts.put("need", input.need().trim());
		facts.put("place", input.place().value());
		facts.put("address", input.address().trim());
		facts.put("raisedAt", ChinaTime.local(raisedAt).toString());
		facts.put("departments", responders.keySet().stream().map(o -> o.id().value()).toList());
		facts.put("reportMinutes", requirement.reportMinutes());
		facts.put("arriveMinutes", requirement.arriveMinutes());
		facts.put("resolveWorkingDays", requirement.resolveWorkingDays());
		if (input.eventId() != null) {
			facts.put("event", input.eventId());
		}
		record(id, "raised", caller, now, facts);
		return queries.detail(id, caller);
	}

	/** 报到: the summoned department acknowledges the whistle. */
	@Transactional
	@PreAuthorize("hasAuthority('whistle:respond')")
	public WhistleDetail acknowledge(long id, ScopedPrincipal caller) {
		Summons summons = ownSummons(open(id), caller, Responder.State.SUMMONED);
		OffsetDateTime now = OffsetDateTime.now(clock);
		whistles.acknowledge(summons.id(), now);
		record(id, "acknowledged", caller, now, Map.of("department", summons.departmentId(),
				"onTime", !now.isAfter(summons.reportDueAt())));
		return queries.detail(id, caller);
	}

	/** 到场: the department arrived, at a time not before the whistle nor in the future, at a place. */
	@Transactional
	@PreAuthorize("hasAuthority('whistle:respond')")
	public WhistleDetail arrive(long id, WhistleInputs.Arrival arrival, ScopedPrincipal caller) {
		Stored whistle = open(id);
		Summons summons = ownSummons(whistle, caller, Responder.State.ACKNOWLEDGED);
		OffsetDateTime now = OffsetDateTime.now(clock);
		OffsetDateTime at = arrival.arrivedAt() == null ? now : arrival.arrivedAt();
		if (at.isAfter(now) || at.isBefore(whistle.raisedAt())) {
			throw new WhistleViolation(WhistleViolation.BAD_REQUEST, "whistle.arrived-at-out-of-range");
		}
		Coordinates.check(arrival.latitude(), arrival.longitude());
		whistles.arrive(summons.id(), at, arrival);
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("department", summons.departmentId());
		facts.put("arrivedAt", ChinaTime.local(at).toString());
		facts.put("place", arrival.place().trim());
		if (arrival.latitude() != null) {
			facts.put("latitude", arrival.latitude().toPlainString());
			facts.put("longitude", Objects.requireNonNull(arrival.longitude()).toPlainString());
		}
		facts.put("onTime", !at.isAfter(summons.arriveDueAt()));
		record(id, "arrived", caller, now, facts);
		return queries.detail(id, caller);
	}

	/** 反馈结果: the department reports what it did. */
	@Transactional
	@PreAuthorize("hasAuthority('whistle:respond')")
	public WhistleDetail report(long id, WhistleInputs.Result result, ScopedPrincipal caller) {
		Summons summons = ownSummons(open(id), caller, Responder.State.ARRIVED);
		OffsetDateTime now = OffsetDateTime.now(clock);
		whistles.report(summons.id(), now, result.result().trim());
		record(id, "reported", caller, now, Map.of("department", summons.departmentId(), "result",
				result.result().trim(), "onTime", !now.isAfter(ResponseClock.endOf(summons.resolveDueOn()))));
		return queries.detail(id, caller);
	}

	/** 确认办结: every department has reported; the township closes the whistle. */
	@Transactional
	@PreAuthorize("hasAuthority('event:dispatch')")
	public WhistleDetail confirm(long id, ScopedPrincipal caller) {
		Stored whistle = ownWhistle(open(id), caller);
		if (whistles.summonsOf(id).stream().anyMatch(s -> s.state() != Responder.State.REPORTED)) {
			throw new WhistleViolation(WhistleViolation.CONFLICT, "whistle.not-all-reported", id);
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		whistles.close(whistle.id(), now);
		record(id, "closed", caller, now, Map.of());
		// in the closing transaction, for other modules (docs/adr/0014-typed-events.md)
		publisher.publishEvent(new WhistleClosed(id, whistle.township(), now, whistle.eventId()));
		return queries.detail(id, caller);
	}

	/** 重新办理: the township does not accept reported results; those departments must act and report again. */
	@Transactional
	@PreAuthorize("hasAuthority('event:dispatch')")
	public WhistleDetail reopen(long id, WhistleInputs.Reopen reopen, ScopedPrincipal caller) {
		Stored whistle = ownWhistle(open(id), caller);
		List<Summons> reported = whistles.summonsOf(id).stream()
			.filter(s -> s.state() == Responder.State.REPORTED)
			.filter(s -> reopen.departments() == null || reopen.departments().isEmpty()
					|| reopen.departments().contains(s.departmentId()))
			.toList();
		if (reported.isEmpty()) {
			throw new WhistleViolation(WhistleViolation.CONFLICT, "whistle.nothing-to-reopen", id);
		}
		reported.forEach(s -> whistles.sendBack(s.id()));
		whistles.reopened(whistle.id());
		OffsetDateTime now = OffsetDateTime.now(clock);
		record(id, "reopened", caller, now, Map.of("reason", reopen.reason().trim(), "departments",
				reported.stream().map(Summons::departmentId).toList(), "count", whistle.reopenCount() + 1));
		return queries.detail(id, caller);
	}

	/** 催办: the township urges a department that has not reported its result yet. */
	@Transactional
	@PreAuthorize("hasAuthority('event:dispatch')")
	public WhistleDetail urge(long id, WhistleInputs.Urge urge, ScopedPrincipal caller) {
		ownWhistle(open(id), caller);
		Summons summons = summonsOf(id, urge.department());
		if (summons.state() == Responder.State.REPORTED) {
			throw new WhistleViolation(WhistleViolation.CONFLICT, "whistle.already-reported", urge.department());
		}
		whistles.urge(summons.id());
		OffsetDateTime now = OffsetDateTime.now(clock);
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("department", summons.departmentId());
		facts.put("count", summons.urgeCount() + 1);
		if (urge.note() != null && !urge.note().isBlank()) {
			facts.put("note", urge.note().trim());
		}
		record(id, "urged", caller, now, facts);
		return queries.detail(id, caller);
	}

	/** 一事一评: after closure, one rating per department, every configured dimension scored 1–5. */
	@Transactional
	@PreAuthorize("hasAuthority('event:dispatch')")
	public WhistleDetail rate(long id, WhistleInputs.Rating rating, ScopedPrincipal caller) {
		Stored whistle = ownWhistle(locked(id), caller);
		if (whistle.state() != WhistleDetail.State.CLOSED) {
			throw new WhistleViolation(WhistleViolation.CONFLICT, "whistle.rate-before-closure", id);
		}
		Summons summons = summonsOf(id, rating.department());
		if (whistles.rated(summons.id())) {
			throw new WhistleViolation(WhistleViolation.CONFLICT, "whistle.already-rated", rating.department());
		}
		Map<String, Integer> scores = checkedScores(rating.scores());
		BigDecimal score = Assessment.ratingScore(scores.values());
		OffsetDateTime now = OffsetDateTime.now(clock);
		String comment = rating.comment() == null || rating.comment().isBlank() ? null : rating.comment().trim();
		whistles.rate(summons.id(), caller.accountId(), now, score, scores, comment);
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("department", summons.departmentId());
		facts.put("scores", scores);
		facts.put("score", score.toPlainString());
		if (comment != null) {
			facts.put("comment", comment);
		}
		record(id, "rated", caller, now, facts);
		return queries.detail(id, caller);
	}

	private void record(long id, String action, ScopedPrincipal caller, OffsetDateTime at, Map<String, Object> facts) {
		publisher.publishEvent(new WhistleRecorded(id, action, caller.accountId(), at, facts));
		publisher.publishEvent(new WhistleProgressed(id, action, at));
	}

	/** The departments summoned: known, able to respond, and of the township's county (乡街吹哨、县级部门报到). */
	private Map<Organization, ResponderKind> responders(List<Long> ids, DivisionCode township) {
		DivisionCode county = township.parent().orElseThrow();
		Map<Organization, ResponderKind> responders = new LinkedHashMap<>();
		for (long id : new LinkedHashSet<>(ids)) {
			Organization department = organizations.find(new OrganizationId(id))
				.orElseThrow(() -> new WhistleViolation(WhistleViolation.BAD_REQUEST, "whistle.department-unknown", id));
			ResponderKind kind = ResponderKind.of(department)
				.orElseThrow(() -> new WhistleViolation(WhistleViolation.BAD_REQUEST, "whistle.not-a-department",
						department.name()));
			if (!department.seat().isWithin(county)) {
				throw new WhistleViolation(WhistleViolation.UNPROCESSABLE, "whistle.department-outside-county",
						department.name(), queries.divisionName(county));
			}
			responders.put(department, kind);
		}
		return responders;
	}

	private void checkEvent(@Nullable Long eventId, DivisionCode township) {
		WhistleEvents source = events.getIfAvailable();
		if (eventId == null || source == null) {
			return;
		}
		WhistleEvents.EventSummary event = source.find(eventId)
			.orElseThrow(() -> new WhistleViolation(WhistleViolation.BAD_REQUEST, "whistle.event-unknown", eventId));
		if (!event.township().equals(township)) {
			throw new WhistleViolation(WhistleViolation.UNPROCESSABLE, "whistle.event-elsewhere", eventId);
		}
	}

	private Map<String, Integer> checkedScores(Map<String, Integer> scores) {
		Map<String, Integer> checked = new LinkedHashMap<>();
		Set<String> expected = new LinkedHashSet<>();
		settings.dimensions().forEach(d -> expected.add(d.code()));
		if (!expected.equals(scores.keySet())) {
			throw new WhistleViolation(WhistleViolation.BAD_REQUEST, "whistle.rating-dimensions",
					String.join(", ", expected));
		}
		for (String dimension : expected) {
			Integer score = scores.get(dimension);
			if (score == null || score < Assessment.MIN_SCORE || score > Assessment.MAX_SCORE) {
				throw new WhistleViolation(WhistleViolation.BAD_REQUEST, "whistle.rating-score-out-of-range", dimension,
						Assessment.MIN_SCORE, Assessment.MAX_SCORE);
			}
			checked.put(dimension, score);
		}
		return checked;
	}

	private Stored locked(long id) {
		return whistles.lock(id).orElseThrow(() -> WhistleQueries.unknown(id));
	}

	private Stored open(long id) {
		Stored whistle = locked(id);
		if (whistle.state() != WhistleDetail.State.OPEN) {
			throw new WhistleViolation(WhistleViolation.CONFLICT, "whistle.closed", id);
		}
		return whistle;
	}

	private static Stored ownWhistle(Stored whistle, ScopedPrincipal caller) {
		if (whistle.raisedByOrgId() != caller.organizationId()) {
			throw new WhistleViolation(WhistleViolation.FORBIDDEN, "whistle.not-raiser", whistle.id());
		}
		return whistle;
	}

	/** The caller's own summons on the whistle, in the state the step follows (403 when not summoned, 409 order). */
	private Summons ownSummons(Stored whistle, ScopedPrincipal caller, Responder.State expected) {
		Summons summons = whistles.summonsOf(whistle.id()).stream()
			.filter(s -> s.departmentId() == caller.organizationId())
			.findFirst()
			.orElseThrow(() -> new WhistleViolation(WhistleViolation.FORBIDDEN, "whistle.not-summoned", whistle.id()));
		if (summons.state() != expected) {
			throw new WhistleViolation(WhistleViolation.CONFLICT, "whistle.step-out-of-order", summons.state().name());
		}
		return summons;
	}

	private Summons summonsOf(long id, long departmentId) {
		return whistles.summonsOf(id).stream().filter(s -> s.departmentId() == departmentId).findFirst()
			.orElseThrow(() -> new WhistleViolation(WhistleViolation.BAD_REQUEST, "whistle.department-not-summoned",
					departmentId));
	}
}
