package cn.oneteam.intake;

import java.math.BigDecimal;
import java.util.Set;

import cn.oneteam.region.Division;
import cn.oneteam.region.Regions;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.DivisionLevel;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The checks the intake use cases share ({@link EventIntake}, {@link EventDispatch}, {@link PublicFollowUp},
 * {@link EventToClue}): the event locked in the caller's jurisdiction or unit, its state, and a reported place and
 * coordinates inside the territory.
 */
@Component
class EventGuards {

	private final EventRepository events;

	private final EventQueries queries;

	private final Regions regions;

	private final IntakeProperties properties;

	EventGuards(EventRepository events, EventQueries queries, Regions regions, IntakeProperties properties) {
		this.events = events;
		this.queries = queries;
		this.regions = regions;
		this.properties = properties;
	}

	/** The event, locked, when it lies in the scope; 404 outside it. */
	IntakeEvent lockInScope(long id, JurisdictionScope scope) {
		return events.lock(id).filter(e -> scope.covers(e.division()))
			.orElseThrow(() -> new IntakeViolation(IntakeViolation.NOT_FOUND, "intake.event-unknown", id));
	}

	/** The event, locked, when the caller works for the unit it was dispatched to or is a member of its team. */
	IntakeEvent lockAssigned(long id, ScopedPrincipal caller) {
		IntakeEvent event = events.lock(id)
			.orElseThrow(() -> new IntakeViolation(IntakeViolation.NOT_FOUND, "intake.event-unknown", id));
		if (!queries.handles(event, caller)) {
			throw new IntakeViolation(IntakeViolation.FORBIDDEN, "intake.not-your-unit", event.trackingNumber());
		}
		return event;
	}

	static void requireState(IntakeEvent event, Set<EventState> allowed) {
		if (!allowed.contains(event.state())) {
			throw new IntakeViolation(IntakeViolation.CONFLICT, "intake.wrong-state", event.trackingNumber(),
					event.state().name());
		}
	}

	/**
	 * A reported place: a township or village of the receiving territory, and of the caller's jurisdiction for staff
	 * channels.
	 */
	DivisionCode place(String code, @Nullable JurisdictionScope staffScope) {
		DivisionCode place;
		try {
			place = DivisionCode.of(code.strip());
		}
		catch (IllegalArgumentException e) {
			throw new IntakeViolation(IntakeViolation.UNPROCESSABLE, "intake.place-unknown", code);
		}
		if (place.level().ordinal() < DivisionLevel.TOWNSHIP.ordinal() || regions.find(place).isEmpty()) {
			throw new IntakeViolation(IntakeViolation.UNPROCESSABLE, "intake.place-unknown", code);
		}
		if (!place.isWithin(DivisionCode.of(properties.territory()))) {
			throw new IntakeViolation(IntakeViolation.UNPROCESSABLE, "intake.place-outside", code,
					regions.find(DivisionCode.of(properties.territory())).map(Division::name).orElse(properties.territory()));
		}
		if (staffScope != null && !staffScope.covers(place)) {
			throw new IntakeViolation(IntakeViolation.FORBIDDEN, "intake.place-outside-jurisdiction", code);
		}
		return place;
	}

	/** WGS-84 coordinates, both or neither, inside the territory's box. */
	void checkCoordinates(@Nullable BigDecimal lat, @Nullable BigDecimal lon) {
		if ((lat == null) != (lon == null)) {
			throw new IntakeViolation(IntakeViolation.BAD_REQUEST, "intake.coordinates-incomplete");
		}
		if (lat != null && !properties.bounds().contains(lat.doubleValue(), lon.doubleValue())) {
			throw new IntakeViolation(IntakeViolation.UNPROCESSABLE, "intake.coordinates-outside", lat, lon);
		}
	}
}
