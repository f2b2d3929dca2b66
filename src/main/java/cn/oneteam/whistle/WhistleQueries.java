package cn.oneteam.whistle;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.oneteam.audit.FullProcessRecord;
import cn.oneteam.audit.RecordEntry;
import cn.oneteam.organization.BodyType;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.OrganizationKind;
import cn.oneteam.organization.Organizations;
import cn.oneteam.region.Division;
import cn.oneteam.region.Regions;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.DivisionLevel;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.whistle.WhistleDetail.Responder;
import cn.oneteam.whistle.WhistleRepository.Stored;
import cn.oneteam.whistle.WhistleRepository.Summons;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What 吹哨报到 shows: a whistle with each department's clocks, alerts and rating, its full-process record, the
 * township's list and the department's inbox. A whistle is readable by its summoned departments and by anyone whose
 * jurisdiction covers its township.
 */
@Service
public class WhistleQueries {

	private static final int LIST_LIMIT = 200;

	private final WhistleRepository whistles;

	private final WhistleSettings settings;

	private final Organizations organizations;

	private final Regions regions;

	private final ObjectProvider<WhistleEvents> events;

	private final FullProcessRecord fullRecord;

	private final Clock clock;

	WhistleQueries(WhistleRepository whistles, WhistleSettings settings, Organizations organizations, Regions regions,
			ObjectProvider<WhistleEvents> events, FullProcessRecord fullRecord, Clock clock) {
		this.whistles = whistles;
		this.settings = settings;
		this.organizations = organizations;
		this.regions = regions;
		this.events = events;
		this.fullRecord = fullRecord;
		this.clock = clock;
	}

	/** A whistle with its departments' clocks, as the caller may see it (403 outside, 404 unknown). */
	@Transactional(readOnly = true)
	public WhistleDetail detail(long id, ScopedPrincipal caller) {
		Stored whistle = whistles.find(id).orElseThrow(() -> unknown(id));
		List<Summons> summoned = whistles.summonsOf(id);
		checkVisible(whistle, summoned, caller);
		OffsetDateTime now = OffsetDateTime.now(clock);
		Map<Long, WhistleDetail.Rated> ratings = whistles.ratingsOf(id);
		Map<Long, List<ResponseClock.Kind>> alerts = whistles.alertsOf(id);
		List<Responder> responders = summoned.stream()
			.map(s -> new Responder(s.departmentId(), organization(s.departmentId()).name(), s.kind(), s.state(),
					clocks(s, now), s.arrivalPlace(), s.latitude(), s.longitude(), s.result(), s.urgeCount(),
					alerts.getOrDefault(s.id(), List.of()), ratings.get(s.id())))
			.toList();
		WhistleEvents source = events.getIfAvailable();
		String eventTitle = whistle.eventId() == null || source == null ? null
				: source.find(whistle.eventId()).map(WhistleEvents.EventSummary::title).orElse(null);
		return new WhistleDetail(id, whistle.township(), divisionName(whistle.township()), whistle.raisedByOrgId(),
				organization(whistle.raisedByOrgId()).name(), settings.type(whistle.typeCode()), whistle.requirement(),
				whistle.need(), whistle.place(), divisionName(whistle.place()), whistle.address(), whistle.eventId(),
				eventTitle,
				whistle.state(), whistle.reopenCount(), ChinaTime.local(whistle.raisedAt()),
				whistle.closedAt() == null ? null : ChinaTime.local(whistle.closedAt()), responders);
	}

	/** The whistle's full-process record, as the caller may see it. */
	@Transactional(readOnly = true)
	public List<RecordEntry> recordOf(long id, ScopedPrincipal caller) {
		Stored whistle = whistles.find(id).orElseThrow(() -> unknown(id));
		checkVisible(whistle, whistles.summonsOf(id), caller);
		return fullRecord.entries(WhistleRecorded.SUBJECT, id);
	}

	/** The whistles raised in the caller's jurisdiction (township view), newest first. */
	@Transactional(readOnly = true)
	public List<WhistleRow> raised(ScopedPrincipal caller) {
		return named(whistles.raisedIn(caller.jurisdiction(), LIST_LIMIT));
	}

	/** The whistles the caller's department is summoned to (department inbox), open first. */
	@Transactional(readOnly = true)
	public List<WhistleRow> inbox(ScopedPrincipal caller) {
		return named(whistles.summonedTo(caller.organizationId(), OffsetDateTime.now(clock), LIST_LIMIT));
	}

	/** Whether the caller's organisation may raise whistles (a township body). */
	@Transactional(readOnly = true)
	public boolean canRaise(ScopedPrincipal caller) {
		return township(organization(caller.organizationId())) != null;
	}

	/** The departments a caller's township may summon: those of its county. */
	@Transactional(readOnly = true)
	public List<Organization> summonable(ScopedPrincipal caller) {
		DivisionCode township = townshipOf(organization(caller.organizationId()));
		DivisionCode county = township.parent().orElseThrow();
		return organizations.visibleIn(JurisdictionScope.of(List.of(county))).stream()
			.filter(o -> o.seat().isWithin(county) && ResponderKind.of(o).isPresent())
			.toList();
	}

	static List<ResponseClock> clocks(Summons s, OffsetDateTime now) {
		return List.of(
				ResponseClock.of(ResponseClock.Kind.REPORT, s.reportDueAt(), null, false, s.acknowledgedAt(), now),
				ResponseClock.of(ResponseClock.Kind.ARRIVE, s.arriveDueAt(), null, false, s.arrivedAt(), now),
				ResponseClock.of(ResponseClock.Kind.RESOLVE, ResponseClock.endOf(s.resolveDueOn()), s.resolveDueOn(),
						s.resolveProvisional(), s.reportedAt(), now));
	}

	private List<WhistleRow> named(List<WhistleRow> rows) {
		Map<String, String> names = new LinkedHashMap<>();
		return rows.stream()
			.map(r -> r.named(names.computeIfAbsent(r.township(), code -> divisionName(DivisionCode.of(code)))))
			.toList();
	}

	String divisionName(DivisionCode code) {
		return regions.find(code).map(Division::name).orElse(code.value());
	}

	Organization organization(long id) {
		return organizations.find(new OrganizationId(id)).orElseThrow();
	}

	/** The township a body raises whistles for: a township government's, or a stationed body's seat in a township. */
	private static @Nullable DivisionCode township(Organization organization) {
		boolean townshipBody = organization.kind() == OrganizationKind.TOWNSHIP_GOVERNMENT
				|| organization.bodyType() == BodyType.STATIONED;
		return townshipBody && organization.seat().level() == DivisionLevel.TOWNSHIP ? organization.seat() : null;
	}

	/** The township of a body that raises whistles; 403 for any other body. */
	static DivisionCode townshipOf(Organization organization) {
		DivisionCode township = township(organization);
		if (township == null) {
			throw new WhistleViolation(WhistleViolation.FORBIDDEN, "whistle.not-a-township", organization.name());
		}
		return township;
	}

	/** Readable by a summoned department and by anyone whose jurisdiction covers the township. */
	private static void checkVisible(Stored whistle, List<Summons> summoned, ScopedPrincipal caller) {
		boolean summonedHere = summoned.stream().anyMatch(s -> s.departmentId() == caller.organizationId());
		if (!summonedHere && !caller.jurisdiction().covers(whistle.township())) {
			throw new WhistleViolation(WhistleViolation.FORBIDDEN, "whistle.outside-jurisdiction", whistle.id());
		}
	}

	static WhistleViolation unknown(long id) {
		return new WhistleViolation(WhistleViolation.NOT_FOUND, "whistle.unknown", id);
	}
}
