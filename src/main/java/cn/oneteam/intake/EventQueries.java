package cn.oneteam.intake;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.Organizations;
import cn.oneteam.organization.Team;
import cn.oneteam.region.Division;
import cn.oneteam.region.Regions;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.DivisionLevel;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 查询: events as staff and other modules look them up — by id, tracking number or case, the dispatcher's queue,
 * the overdue and escalated lists, a unit's inbox, suggested duplicates, photos and returns — and the names shown
 * beside them. Other modules look events up here ({@link #find}, {@link #byTracking}, {@link #ofCase}). Nothing here
 * changes an event.
 */
@Service
public class EventQueries {

	/** The dispatcher's queue by default: every state still waiting for the dispatcher or the unit. */
	static final Set<EventState> QUEUE = EnumSet.of(EventState.RECEIVED, EventState.CLASSIFIED, EventState.DISPUTED,
			EventState.RETURNED, EventState.DISPATCHED);

	private final EventRepository events;

	private final DispatchTeams teams;

	private final Regions regions;

	private final Organizations organizations;

	private final IntakeProperties properties;

	private final Clock clock;

	EventQueries(EventRepository events, DispatchTeams teams, Regions regions, Organizations organizations,
			IntakeProperties properties, Clock clock) {
		this.events = events;
		this.teams = teams;
		this.regions = regions;
		this.organizations = organizations;
		this.properties = properties;
		this.clock = clock;
	}

	/** An event by id, for other modules (a whistle names it): no jurisdiction check — check before showing. */
	@Transactional(readOnly = true)
	public Optional<IntakeEvent> find(long id) {
		return events.find(id);
	}

	/** The event linked to a case, if one became its clue. */
	@Transactional(readOnly = true)
	public Optional<IntakeEvent> ofCase(long caseId) {
		return events.byCase(caseId);
	}

	/** An event in the scope; 404 outside it (an event outside one's jurisdiction does not exist for them). */
	@Transactional(readOnly = true)
	public IntakeEvent require(long id, JurisdictionScope scope) {
		return events.find(id).filter(e -> scope.covers(e.division()))
			.orElseThrow(() -> new IntakeViolation(IntakeViolation.NOT_FOUND, "intake.event-unknown", id));
	}

	@Transactional(readOnly = true)
	public Optional<IntakeEvent> byTracking(String trackingNumber) {
		return TrackingNumber.valid(trackingNumber) ? events.byTracking(trackingNumber) : Optional.empty();
	}

	@Transactional(readOnly = true)
	public List<IntakeEvent> queue(JurisdictionScope scope, Set<EventState> states) {
		return events.inScope(scope, states, 200);
	}

	@Transactional(readOnly = true)
	public List<IntakeEvent> overdue(JurisdictionScope scope) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		return events.overdue(scope, now, ChinaTime.local(now).toLocalDate());
	}

	/** Open events escalated to the county coordinator in the scope: clocks overdue past their margin, repeated returns. */
	@Transactional(readOnly = true)
	public List<IntakeEvent> escalated(JurisdictionScope scope) {
		return events.escalated(scope);
	}

	/**
	 * The receiving unit's inbox: events dispatched to it, accepted by it, and reopened — and those of the caller's
	 * team (a squad or stationed group), wherever the member's account belongs.
	 */
	@Transactional(readOnly = true)
	public List<IntakeEvent> inbox(ScopedPrincipal caller) {
		return events.assignedTo(caller.organizationId(), teams.teamOf(caller.accountId()),
				EnumSet.of(EventState.DISPATCHED, EventState.ACCEPTED));
	}

	/**
	 * Events received through a public channel (the portal, Open311) in the territory, newest first (Open311 GET
	 * requests): a report to the hotline, a dispatcher or a grid worker is nobody else's to browse.
	 */
	@Transactional(readOnly = true)
	public List<IntakeEvent> publicList(@Nullable OffsetDateTime from, @Nullable OffsetDateTime to, int limit) {
		return events.receivedThrough(Arrays.stream(EventChannel.values()).filter(EventChannel::isPublic).toList(),
				from == null ? OffsetDateTime.now(clock).minusDays(90) : from,
				to == null ? OffsetDateTime.now(clock).plusSeconds(1) : to, limit);
	}

	/**
	 * Suggested duplicates: open events of the same matter received within the window, within the radius when both
	 * have coordinates, otherwise in the same village or grid.
	 */
	@Transactional(readOnly = true)
	public List<IntakeEvent> duplicates(long id, JurisdictionScope scope) {
		IntakeEvent event = require(id, scope);
		if (event.matterCode() == null) {
			return List.of();
		}
		return events.sameMatterSince(id, event.matterCode(), event.township(),
				event.receivedAt().minus(properties.duplicateWindow()))
			.stream()
			.filter(other -> !other.receivedAt().isAfter(event.receivedAt().plus(properties.duplicateWindow())))
			.filter(other -> samePlace(event, other))
			.toList();
	}

	private boolean samePlace(IntakeEvent a, IntakeEvent b) {
		if (a.latitude() != null && b.latitude() != null) {
			return metres(a.latitude(), a.longitude(), b.latitude(), b.longitude()) <= properties.duplicateRadiusMeters();
		}
		if (a.grid() != null && a.grid().equals(b.grid())) {
			return true;
		}
		return a.division().equals(b.division());
	}

	/** Great-circle distance (haversine) in metres. */
	static double metres(BigDecimal lat1, BigDecimal lon1, BigDecimal lat2, BigDecimal lon2) {
		double p1 = Math.toRadians(lat1.doubleValue());
		double p2 = Math.toRadians(lat2.doubleValue());
		double dp = p2 - p1;
		double dl = Math.toRadians(lon2.doubleValue() - lon1.doubleValue());
		double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
		return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
	}

	@Transactional(readOnly = true)
	public List<Map<String, Object>> returns(long id, JurisdictionScope scope) {
		require(id, scope);
		return events.returns(id);
	}

	@Transactional(readOnly = true)
	public List<Long> photos(long id, JurisdictionScope scope) {
		require(id, scope);
		return events.photos(id);
	}

	@Transactional(readOnly = true)
	public Photo photo(long photoId, JurisdictionScope scope) {
		EventRepository.StoredPhoto photo = events.photo(photoId)
			.orElseThrow(() -> new IntakeViolation(IntakeViolation.NOT_FOUND, "intake.photo-unknown", photoId));
		require(photo.eventId(), scope);
		return new Photo(photo.contentType(), photo.content());
	}

	/** True when the caller works for the unit the event is assigned to, or is a member of its team. */
	public boolean handles(IntakeEvent event, ScopedPrincipal caller) {
		if (event.assignedOrgId() == null) {
			return false;
		}
		return event.assignedOrgId() == caller.organizationId()
				|| event.teamId() != null && event.teamId().equals(teams.teamOf(caller.accountId()));
	}

	/** The name of the event's team, if it has one. */
	public @Nullable String teamName(IntakeEvent event) {
		return teams.find(event.assignedOrgId(), event.teamId()).map(Team::name).orElse(null);
	}

	/** True when the event's team is its township's stationed group (the routing's default). */
	public boolean teamStationedHere(IntakeEvent event) {
		return teams.find(event.assignedOrgId(), event.teamId()).filter(t -> DispatchTeams.stationedHere(t, event))
			.isPresent();
	}

	/** The teams of the body the event is routed to, for the dispatcher to choose from. */
	@Transactional(readOnly = true)
	public List<Team> teamsFor(IntakeEvent event) {
		return event.assignedOrgId() == null ? List.of() : teams.of(event.assignedOrgId());
	}

	/** The name of a division, with its parents from the county down (德令哈市 河西街道). */
	public String placeName(DivisionCode code) {
		List<Division> path = regions.path(code);
		return String.join(" ", path.stream().filter(d -> d.level().ordinal() >= DivisionLevel.COUNTY.ordinal())
			.map(Division::name).toList());
	}

	public @Nullable String orgName(@Nullable Long orgId) {
		return orgId == null ? null : organizations.find(new OrganizationId(orgId)).map(o -> o.name()).orElse(null);
	}
}
