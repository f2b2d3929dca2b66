package cn.oneteam.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.oneteam.catalog.Empowerment.LegalInstrument;
import cn.oneteam.catalog.internal.ResponsibilityIndex;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.OrganizationKind;
import cn.oneteam.organization.Organizations;
import cn.oneteam.region.Division;
import cn.oneteam.region.Regions;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.DivisionLevel;
import cn.oneteam.shared.JurisdictionScope;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 执法事项基准库: registers and revises matters, keeps township empowerment lists and responsibility boundaries,
 * and answers who enforces a matter in a place on a day — never by guessing.
 */
@Service
public class Catalog {

	private final CatalogRepository catalog;

	private final CatalogIndex index;

	private final Regions regions;

	private final Organizations organizations;

	private final MessageSource messages;

	private final Clock clock;

	private final Pattern codeScheme;

	/**
	 * @param codeScheme the unified code scheme of the province, as a regular expression
	 * ({@code oneteam.catalog.code-pattern}; letters, digits and hyphens by default)
	 */
	Catalog(CatalogRepository catalog, CatalogIndex index, Regions regions, Organizations organizations, MessageSource messages,
			Clock clock, @Value("${oneteam.catalog.code-pattern:[A-Za-z0-9-]{4,40}}") String codeScheme) {
		this.catalog = catalog;
		this.index = index;
		this.regions = regions;
		this.organizations = organizations;
		this.messages = messages;
		this.clock = clock;
		this.codeScheme = Pattern.compile(codeScheme);
	}

	@Transactional(readOnly = true)
	public List<Matter> matters() {
		return catalog.allMatters();
	}

	@Transactional(readOnly = true)
	public Optional<Matter> find(String code) {
		return catalog.findMatter(code);
	}

	@Transactional(readOnly = true)
	public Matter require(String code) {
		return catalog.findMatter(code)
			.orElseThrow(() -> new CatalogViolation(CatalogViolation.NOT_FOUND, "matter.unknown", code));
	}

	/** Registers a matter with version 1; the code must be new. */
	@Transactional
	@PreAuthorize("hasAuthority('catalog:manage')")
	public Matter register(NewMatter matter) {
		if (!codeScheme.matcher(matter.code()).matches()) {
			throw new CatalogViolation(CatalogViolation.BAD_REQUEST, "matter.code-malformed", matter.code(),
					codeScheme.pattern());
		}
		catalog.lock(matter.code());
		if (catalog.findMatter(matter.code()).isPresent()) {
			throw new CatalogViolation(CatalogViolation.CONFLICT, "matter.code-taken", matter.code());
		}
		MatterVersion first = matter.firstVersion();
		requirePenaltyKinds(matter.kind(), first);
		long id = catalog.insertMatter(matter.code(), matter.domain(), matter.kind(), matter.level());
		index.changed(id);
		catalog.insertVersion(id, new MatterVersion(1, first.name(), first.violatedLaw(), first.violatedArticle(),
				first.penaltyLaw(), first.penaltyArticle(), first.penaltyKinds(), first.fine(), first.effectiveFrom(),
				first.effectiveTo()), OffsetDateTime.now(clock));
		return require(matter.code());
	}

	/**
	 * Adds a version that takes effect on its start day; the version before ends the day before. History is never
	 * rewritten: the new version must start after the current one started.
	 */
	@Transactional
	@PreAuthorize("hasAuthority('catalog:manage')")
	public Matter revise(String code, MatterVersion revision) {
		catalog.lock(code);
		Matter matter = require(code);
		requirePenaltyKinds(matter.kind(), revision);
		MatterVersion latest = matter.latest();
		index.changed(matter.id());
		if (!revision.effectiveFrom().isAfter(latest.effectiveFrom())) {
			throw new CatalogViolation(CatalogViolation.UNPROCESSABLE, "matter.revision-not-later", code,
					latest.effectiveFrom());
		}
		if (latest.effectiveTo() == null || !latest.effectiveTo().isBefore(revision.effectiveFrom())) {
			catalog.closeVersion(matter.id(), latest.version(), revision.effectiveFrom().minusDays(1));
		}
		catalog.insertVersion(matter.id(), new MatterVersion(latest.version() + 1, revision.name(),
				revision.violatedLaw(), revision.violatedArticle(), revision.penaltyLaw(), revision.penaltyArticle(),
				revision.penaltyKinds(), revision.fine(), revision.effectiveFrom(), revision.effectiveTo()),
				OffsetDateTime.now(clock));
		return require(code);
	}

	/** A penalty matter names at least one kind of penalty (处罚法 §9); coercion and inspection matters need none. */
	private static void requirePenaltyKinds(MatterKind kind, MatterVersion version) {
		if (kind == MatterKind.PENALTY && version.penaltyKinds().isEmpty()) {
			throw new CatalogViolation(CatalogViolation.BAD_REQUEST, "matter.no-penalty-kind");
		}
	}

	/**
	 * Puts a matter on a township's empowerment list. 赋权: the township government acts in its own name (处罚法 §24);
	 * 委托: it acts in the delegator's name under a 委托书 with a term (§20); 派驻: a county body's stationed team acts
	 * in that body's name. Periods for the same township and matter may not overlap.
	 */
	@Transactional
	@PreAuthorize("hasAuthority('catalog:manage')")
	public Empowerment empower(DivisionCode township, String matterCode, EnforcementMode mode, long actingOrgId,
			long nameOrgId, LegalInstrument instrument, LocalDate from, @Nullable LocalDate to, JurisdictionScope scope) {
		Division division = regions.require(township);
		if (division.level() != DivisionLevel.TOWNSHIP) {
			throw new CatalogViolation(CatalogViolation.BAD_REQUEST, "empowerment.not-a-township", township);
		}
		if (!scope.covers(township)) {
			throw new CatalogViolation(CatalogViolation.FORBIDDEN, "catalog.outside-jurisdiction", township);
		}
		if (to != null && to.isBefore(from)) {
			throw new CatalogViolation(CatalogViolation.BAD_REQUEST, "catalog.period-reversed", from, to);
		}
		Matter matter = require(matterCode);
		if (mode == EnforcementMode.DELEGATED && matter.kind() == MatterKind.COERCION) {
			// 行政强制措施权不得委托 (强制法 §17)
			throw new CatalogViolation(CatalogViolation.UNPROCESSABLE, "empowerment.coercion-not-delegable", matterCode);
		}
		checkMode(township, mode, organization(actingOrgId), organization(nameOrgId), instrument);
		lockEmpowerments(List.of(township));
		for (Empowerment existing : catalog.empowerments(township)) {
			if (existing.matterCode().equals(matterCode) && existing.overlaps(from, to)) {
				throw new CatalogViolation(CatalogViolation.CONFLICT, "empowerment.overlap", matterCode, township,
						existing.effectiveFrom(), existing.effectiveTo() == null ? "—" : existing.effectiveTo(),
						existing.instrument().number());
			}
		}
		index.changed(matter.id());
		long id = catalog.insertEmpowerment(township, matter.id(), mode, actingOrgId, nameOrgId, instrument, from, to,
				OffsetDateTime.now(clock));
		return catalog.findEmpowerment(id).orElseThrow();
	}

	/**
	 * Serialises grants per township until the transaction ends: one advisory lock per township (not per matter),
	 * taken in code order so that two imports cannot deadlock; taking one again in the same transaction costs no
	 * further lock slot (docs/adr/0049-importing-empowerment-lists.md, "Locking").
	 */
	void lockEmpowerments(Collection<DivisionCode> townships) {
		townships.stream().map(DivisionCode::value).distinct().sorted().forEach(t -> catalog.lock("empowerment/" + t));
	}

	private static void checkMode(DivisionCode township, EnforcementMode mode, Organization acting, Organization name,
			LegalInstrument instrument) {
		boolean actingIsTownship = acting.kind() == OrganizationKind.TOWNSHIP_GOVERNMENT && acting.seat().equals(township);
		boolean nameCoversTownship = name.territory().stream().anyMatch(township::isWithin);
		boolean valid = switch (mode) {
			case EMPOWERED -> actingIsTownship && acting.id().equals(name.id());
			case DELEGATED -> actingIsTownship && !acting.id().equals(name.id()) && nameCoversTownship
					&& instrument.termTo() != null; // 委托书 must state its term (处罚法 §20)
			case STATIONED -> acting.id().equals(name.id()) && nameCoversTownship
					&& acting.kind() != OrganizationKind.TOWNSHIP_GOVERNMENT;
			case OWN_POWER -> false;
		};
		if (!valid) {
			throw new CatalogViolation(CatalogViolation.UNPROCESSABLE, "empowerment.mode-mismatch", mode, acting.name(),
					name.name());
		}
	}

	/** Records who approves, supervises and enforces a matter in a territory (a county or wider). */
	@Transactional
	@PreAuthorize("hasAuthority('catalog:manage')")
	public Boundary defineBoundary(String matterCode, DivisionCode territory, @Nullable String approvingUnit,
			@Nullable Long supervisingOrgId, long enforcingOrgId, LocalDate from, @Nullable LocalDate to,
			JurisdictionScope scope) {
		regions.require(territory);
		if (!scope.covers(territory)) {
			throw new CatalogViolation(CatalogViolation.FORBIDDEN, "catalog.outside-jurisdiction", territory);
		}
		if (to != null && to.isBefore(from)) {
			throw new CatalogViolation(CatalogViolation.BAD_REQUEST, "catalog.period-reversed", from, to);
		}
		Matter matter = require(matterCode);
		if (supervisingOrgId != null) {
			organization(supervisingOrgId);
		}
		Organization enforcing = organization(enforcingOrgId);
		if (enforcing.territory().stream().noneMatch(t -> territory.isWithin(t) || t.isWithin(territory))) {
			throw new CatalogViolation(CatalogViolation.UNPROCESSABLE, "boundary.enforcer-elsewhere", enforcing.name(),
					territory);
		}
		index.changed(matter.id());
		long id = catalog.insertBoundary(matter.id(), territory, approvingUnit, supervisingOrgId, enforcingOrgId, from,
				to, OffsetDateTime.now(clock));
		return catalog.findBoundary(id).orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<Empowerment> empowerments(DivisionCode area, JurisdictionScope scope) {
		return catalog.empowerments(area).stream().filter(e -> scope.covers(e.township())).toList();
	}

	@Transactional(readOnly = true)
	public List<Boundary> boundaries(DivisionCode area, JurisdictionScope scope) {
		return catalog.boundariesAround(area).stream().filter(b -> scope.overlaps(b.territory())).toList();
	}

	/**
	 * Who enforces the matter in the place on the day: 404 when nobody, 409 when several, never a guess. Answered from
	 * the in-memory index and the cached divisions without the database (docs/adr/0054-responsibility-index.md); it
	 * takes no part in the caller's transaction, so such an answer never marks it for rollback.
	 */
	public Responsibility responsible(String matterCode, DivisionCode place, LocalDate day) {
		ResponsibilityIndex snapshot = index.get();
		Matter matter = snapshot.matter(matterCode)
			.orElseThrow(() -> new CatalogViolation(CatalogViolation.NOT_FOUND, "matter.unknown", matterCode));
		MatterVersion version = matter.versionOn(day)
			.orElseThrow(() -> new CatalogViolation(CatalogViolation.NOT_FOUND, "matter.not-in-force", matterCode, day));
		Division division = regions.require(place);
		List<Object> candidates = snapshot.candidates(matterCode, place, day);
		if (candidates.isEmpty()) {
			throw new CatalogViolation(CatalogViolation.NOT_FOUND, "catalog.nobody-responsible", matterCode, place, day);
		}
		if (candidates.size() > 1) {
			throw new CatalogViolation(CatalogViolation.CONFLICT, "catalog.several-responsible", matterCode, place, day,
					candidates.size());
		}
		return describe(snapshot, matter, version, division, day, candidates.get(0));
	}

	/** Gaps (监管真空) and overlaps (多头执法) of every matter in force, in every township of a county. */
	@Transactional(readOnly = true)
	public BoundaryReport boundaryReport(DivisionCode county, LocalDate day, JurisdictionScope scope) {
		Division division = regions.require(county);
		if (division.level() != DivisionLevel.COUNTY) {
			throw new CatalogViolation(CatalogViolation.BAD_REQUEST, "boundary.not-a-county", county);
		}
		if (!scope.overlaps(county)) {
			throw new CatalogViolation(CatalogViolation.FORBIDDEN, "catalog.outside-jurisdiction", county);
		}
		ResponsibilityIndex snapshot = index.get();
		List<Division> townships = regions.children(county).stream().filter(t -> scope.overlaps(t.code())).toList();
		List<Matter> matters = snapshot.matters().stream().filter(m -> m.versionOn(day).isPresent()).toList();
		List<BoundaryReport.Finding> gaps = new ArrayList<>();
		List<BoundaryReport.Finding> overlaps = new ArrayList<>();
		for (Matter matter : matters) {
			String name = matter.versionOn(day).orElseThrow().name();
			for (Division township : townships) {
				List<Object> candidates = snapshot.candidates(matter.code(), township.code(), day);
				if (candidates.isEmpty()) {
					gaps.add(new BoundaryReport.Finding(matter.code(), name, township.code(), township.name(), List.of()));
				}
				else if (candidates.size() > 1) {
					overlaps.add(new BoundaryReport.Finding(matter.code(), name, township.code(), township.name(),
							candidates.stream().map(c -> label(snapshot, c)).toList()));
				}
			}
		}
		return new BoundaryReport(county, division.name(), day, matters.size(), townships.size(), gaps, overlaps);
	}

	private Responsibility describe(ResponsibilityIndex snapshot, Matter matter, MatterVersion version,
			Division division, LocalDate day, Object record) {
		DivisionCode place = division.code();
		String placeName = division.name();
		if (record instanceof Empowerment e) {
			Organization acting = organization(snapshot, e.actingOrgId());
			Organization name = organization(snapshot, e.nameOrgId());
			Object[] args = { version.name(), placeName, acting.name(), name.name(), e.instrument().number(),
					e.instrument().published(), e.effectiveFrom() };
			return new Responsibility(matter.code(), version.version(), version.name(), place, day, e.mode(),
					acting.id().value(), acting.name(), name.id().value(), name.name(), e.instrument(),
					explain("catalog.explain." + e.mode().name(), args, Locale.SIMPLIFIED_CHINESE),
					explain("catalog.explain." + e.mode().name(), args, Locale.ENGLISH));
		}
		Boundary b = (Boundary) record;
		Organization enforcing = organization(snapshot, b.enforcingOrgId());
		Object[] args = { version.name(), placeName, enforcing.name(), regions.require(b.territory()).name(),
				version.penaltyLaw() + " " + version.penaltyArticle() };
		return new Responsibility(matter.code(), version.version(), version.name(), place, day, EnforcementMode.OWN_POWER,
				enforcing.id().value(), enforcing.name(), enforcing.id().value(), enforcing.name(), null,
				explain("catalog.explain.OWN_POWER", args, Locale.SIMPLIFIED_CHINESE),
				explain("catalog.explain.OWN_POWER", args, Locale.ENGLISH));
	}

	private String label(ResponsibilityIndex snapshot, Object record) {
		if (record instanceof Empowerment e) {
			return e.mode() + " " + organization(snapshot, e.actingOrgId()).name() + " " + e.instrument().number();
		}
		Boundary b = (Boundary) record;
		return "BOUNDARY " + organization(snapshot, b.enforcingOrgId()).name() + " " + b.territory() + " #" + b.id();
	}

	private String explain(String key, Object[] args, Locale locale) {
		return messages.getMessage(key, Arrays.stream(args).map(String::valueOf).toArray(), locale);
	}

	/** An organisation named by an entry of the index; the index holds every one its entries name. */
	private Organization organization(ResponsibilityIndex snapshot, long id) {
		return snapshot.organization(id).orElseGet(() -> organization(id));
	}

	private Organization organization(long id) {
		return organizations.find(new OrganizationId(id))
			.orElseThrow(() -> new CatalogViolation(CatalogViolation.NOT_FOUND, "organization.unknown", id));
	}
}
