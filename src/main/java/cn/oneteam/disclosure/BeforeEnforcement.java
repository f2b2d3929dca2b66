package cn.oneteam.disclosure;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import cn.oneteam.catalog.Boundary;
import cn.oneteam.catalog.Catalog;
import cn.oneteam.catalog.Circumstance;
import cn.oneteam.catalog.Discretion;
import cn.oneteam.catalog.DiscretionBenchmark;
import cn.oneteam.catalog.DiscretionTier;
import cn.oneteam.catalog.Empowerment;
import cn.oneteam.catalog.EnforcementMode;
import cn.oneteam.catalog.LenientList;
import cn.oneteam.catalog.Matter;
import cn.oneteam.catalog.MatterKind;
import cn.oneteam.catalog.MatterVersion;
import cn.oneteam.catalog.PartyType;
import cn.oneteam.catalog.PenaltyKind;
import cn.oneteam.catalog.StatutoryFine;
import cn.oneteam.organization.BodyOfficers;
import cn.oneteam.organization.BodyQualifications;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.OrganizationKind;
import cn.oneteam.organization.Organizations;
import cn.oneteam.organization.QualificationStanding;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.EnforcementDomain;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * 事前公开 (docs/adr/0041-public-lists-before-enforcement.md): who may enforce, what, on which basis and within which
 * statutory range, read from the organisation register and the matter catalogue, for anyone without an account. Only
 * bodies, matters and instruments — never a person.
 */
@Service
public class BeforeEnforcement {

	/** The kinds of organisation that hold enforcement powers (docs/adr/0037-enforcement-bodies-qualification.md). */
	private static final Set<OrganizationKind> BODIES = Set.of(OrganizationKind.ENFORCEMENT_BUREAU,
			OrganizationKind.TOWNSHIP_GOVERNMENT, OrganizationKind.DEPARTMENT);

	private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

	private final BodyQualifications qualifications;

	private final Organizations organizations;

	private final Catalog catalog;

	private final Discretion discretion;

	private final BodyOfficers officers;

	private final Clock clock;

	BeforeEnforcement(BodyQualifications qualifications, Organizations organizations, Catalog catalog,
			Discretion discretion, BodyOfficers officers, Clock clock) {
		this.qualifications = qualifications;
		this.organizations = organizations;
		this.catalog = catalog;
		this.discretion = discretion;
		this.officers = officers;
		this.clock = clock;
	}

	/** An enforcement body and its qualification standing today (未确认, 已确认, 已失效). */
	public record PublicBody(long id, String name, OrganizationKind kind, String seat,
			QualificationStanding.State standing) {
	}

	/**
	 * A matter the body enforces today: the unified code, the name, domain and kind of the version in force, its legal
	 * basis (违则, 罚则), the penalty kinds and the statutory fine, how the body holds it, and the discretion
	 * benchmarks in force in the body's seat and the lenient lists (三张清单) in force that name the matter.
	 */
	public record PublicMatter(String code, String name, EnforcementDomain domain, MatterKind kind,
			@Nullable String violatedLaw, @Nullable String violatedArticle, String penaltyLaw, String penaltyArticle,
			List<PenaltyKind> penaltyKinds, StatutoryFine fine, EnforcementMode mode, List<PublicBenchmark> benchmarks,
			List<PublicLenientList> lenientLists) {
	}

	/** 裁量基准 as published: authority, reference, period and tiers (in yuan, or in multiples of the base). */
	public record PublicBenchmark(String issuingAuthority, String publishedRef, @Nullable String territory,
			LocalDate effectiveFrom, @Nullable LocalDate effectiveTo, List<PublicTier> tiers) {
	}

	/** One tier: which parties, under which circumstances (any one), which penalty kinds, which fine range. */
	public record PublicTier(DiscretionTier tier, PartyType partyType, List<String> circumstances,
			List<PenaltyKind> penaltyKinds, @Nullable BigDecimal min, @Nullable BigDecimal max) {
	}

	/** A lenient list (不予处罚, 减轻, 从轻) naming the matter, with the circumstances under which it applies. */
	public record PublicLenientList(LenientList.Kind kind, String title, String issuingAuthority,
			LocalDate effectiveFrom, @Nullable LocalDate effectiveTo, List<String> circumstances) {
	}

	/** A page of the body's matters today, out of {@code total}. */
	public record BodyMatters(PublicBody body, LocalDate day, int page, int size, long total,
			List<PublicMatter> matters) implements PublicPaging.Paged {
	}

	/** A page of the enforcement bodies, out of {@code total}. */
	public record BodiesPage(int page, int size, long total, List<PublicBody> bodies) implements PublicPaging.Paged {
	}

	/** A page of the empowerment entries in force today, out of {@code total}. */
	public record EmpowermentPage(int page, int size, long total, List<PublicEmpowerment> entries)
			implements PublicPaging.Paged {
	}

	/**
	 * 执法人员清单: an officer of the body holding a certificate valid today — the name, the certificate's number,
	 * domains and period; nothing else of the person (处罚法 §55). Its verification page is
	 * {@code /public/officers/{certificateNumber}}.
	 */
	public record PublicOfficer(String name, String certificateNumber, List<EnforcementDomain> domains,
			LocalDate validFrom, LocalDate validTo) {
	}

	/** A page of the body's officers with a certificate valid today, out of {@code total}. */
	public record BodyOfficersPage(PublicBody body, LocalDate day, int page, int size, long total,
			List<PublicOfficer> officers) implements PublicPaging.Paged {
	}

	/** 赋权/委托/派驻清单条目 in force today, with the instrument it rests on (number, published, term). */
	public record PublicEmpowerment(String township, String matterCode, String matterName, EnforcementMode mode,
			String actingBody, String documentName, String instrumentNumber, LocalDate instrumentPublished,
			@Nullable LocalDate instrumentTermTo, LocalDate effectiveFrom, @Nullable LocalDate effectiveTo) {
	}

	/** The enforcement bodies seated in the division (all when none), by name. 400 for a malformed division. */
	public BodiesPage bodies(@Nullable String division, PublicPaging paging) {
		JurisdictionScope scope = division == null || division.isBlank() ? JurisdictionScope.nationwide()
				: JurisdictionScope.of(List.of(DivisionCode.of(division.strip())));
		LocalDate today = LocalDate.now(clock);
		List<Organization> all = qualifications.bodiesOf(scope);
		return new BodiesPage(paging.page(), paging.size(), all.size(),
				paging.slice(all).stream().map(o -> body(o, today)).toList());
	}

	/** All the enforcement bodies seated in the division (all when none), unpaged, for readers other than the API. */
	public List<PublicBody> bodies(@Nullable String division) {
		return bodies(division, new PublicPaging(0, Integer.MAX_VALUE)).bodies();
	}

	/** All the matters the body enforces today, unpaged, for readers other than the API. */
	public BodyMatters matters(String id) {
		return matters(id, new PublicPaging(0, Integer.MAX_VALUE));
	}

	/** All the empowerment entries in force today inside the division, unpaged, for readers other than the API. */
	public List<PublicEmpowerment> empowerments(@Nullable String division) {
		return empowerments(division, new PublicPaging(0, Integer.MAX_VALUE)).entries();
	}

	/**
	 * 执法人员清单: the body's officers holding an enforcement certificate valid today, by name; 404
	 * {@code disclosure.body-unknown} as for {@link #matters}.
	 */
	public BodyOfficersPage officers(String id, PublicPaging paging) {
		Organization body = enforcementBody(id);
		LocalDate today = LocalDate.now(clock);
		List<BodyOfficers.CertifiedOfficer> all = officers.certifiedOn(body.id(), today);
		return new BodyOfficersPage(body(body, today), today, paging.page(), paging.size(), all.size(),
				paging.slice(all).stream().map(o -> new PublicOfficer(o.name(), o.certificateNumber(),
						o.domains().stream().sorted().toList(), o.validFrom(), o.validTo())).toList());
	}

	/**
	 * The matters the body enforces today: those whose responsibility boundary names it as the enforcer, and those a
	 * township's empowerment list has it act on. 404 {@code disclosure.body-unknown} for an id that is no enforcement
	 * body's, malformed or not, alike.
	 */
	public BodyMatters matters(String id, PublicPaging paging) {
		Organization body = enforcementBody(id);
		LocalDate today = LocalDate.now(clock);
		long bodyId = body.id().value();
		Map<String, EnforcementMode> held = new LinkedHashMap<>();
		JurisdictionScope all = JurisdictionScope.nationwide();
		for (DivisionCode territory : body.territory()) {
			for (Boundary b : catalog.boundaries(territory, all)) {
				if (b.enforcingOrgId() == bodyId && b.inForceOn(today)) {
					held.putIfAbsent(b.matterCode(), EnforcementMode.OWN_POWER);
				}
			}
			for (Empowerment e : catalog.empowerments(territory, all)) {
				if (e.actingOrgId() == bodyId && e.inForceOn(today)) {
					held.putIfAbsent(e.matterCode(), e.mode());
				}
			}
		}
		List<LenientList> lenient = discretion.lenientLists().stream().filter(l -> l.inForceOn(today)).toList();
		List<PublicMatter> matters = new ArrayList<>();
		held.forEach((code, mode) -> catalog.find(code).ifPresent(m -> m.versionOn(today)
			.ifPresent(v -> matters.add(matter(m, v, mode, benchmarks(code, body.seat(), today),
					lenient(code, lenient))))));
		matters.sort(Comparator.comparing(PublicMatter::code));
		return new BodyMatters(body(body, today), today, paging.page(), paging.size(), matters.size(),
				paging.slice(matters));
	}

	/** The enforcement body of this id; 404 {@code disclosure.body-unknown} for any other id, malformed or not. */
	private Organization enforcementBody(String id) {
		return Optional.of(id.strip()).filter(i -> ID.matcher(i).matches())
			.flatMap(i -> organizations.find(new OrganizationId(Long.parseLong(i))))
			.filter(o -> BODIES.contains(o.kind()))
			.orElseThrow(() -> new RuleViolation(RuleViolation.NOT_FOUND, "disclosure.body-unknown"));
	}

	/** The townships' empowerment lists in force today inside the division (all when none). 400 if malformed. */
	public EmpowermentPage empowerments(@Nullable String division, PublicPaging paging) {
		DivisionCode area = division == null || division.isBlank() ? null : DivisionCode.of(division.strip());
		LocalDate today = LocalDate.now(clock);
		Map<Long, String> names = new LinkedHashMap<>();
		Map<String, String> matterNames = new LinkedHashMap<>();
		List<PublicEmpowerment> list = new ArrayList<>();
		for (Empowerment e : area == null ? allEmpowerments() : catalog.empowerments(area, JurisdictionScope.nationwide())) {
			if (!e.inForceOn(today)) {
				continue;
			}
			String matterName = matterNames.computeIfAbsent(e.matterCode(), code -> catalog.find(code)
				.flatMap(m -> m.versionOn(today)).map(MatterVersion::name).orElse(code));
			list.add(new PublicEmpowerment(e.township().value(), e.matterCode(), matterName, e.mode(),
					name(names, e.actingOrgId()), name(names, e.nameOrgId()), e.instrument().number(),
					e.instrument().published(), e.instrument().termTo(), e.effectiveFrom(), e.effectiveTo()));
		}
		return new EmpowermentPage(paging.page(), paging.size(), list.size(), paging.slice(list));
	}

	/** Every township's list: those of the township governments the register knows. */
	private List<Empowerment> allEmpowerments() {
		List<Empowerment> all = new ArrayList<>();
		qualifications.bodiesOf(JurisdictionScope.nationwide()).stream()
			.filter(o -> o.kind() == OrganizationKind.TOWNSHIP_GOVERNMENT)
			.map(Organization::seat)
			.distinct()
			.sorted(Comparator.comparing(DivisionCode::value))
			.forEach(seat -> all.addAll(catalog.empowerments(seat, JurisdictionScope.nationwide())));
		return all;
	}

	private String name(Map<Long, String> names, long id) {
		return names.computeIfAbsent(id,
				i -> organizations.find(new OrganizationId(i)).map(Organization::name).orElse("—"));
	}

	private PublicBody body(Organization o, LocalDate today) {
		return new PublicBody(o.id().value(), o.name(), o.kind(), o.seat().value(),
				qualifications.standing(o.id().value(), today).state());
	}

	private List<PublicBenchmark> benchmarks(String code, DivisionCode seat, LocalDate today) {
		return discretion.benchmarks(code).stream()
			.filter(b -> b.inForceOn(today) && b.appliesIn(seat))
			.map(BeforeEnforcement::benchmark)
			.toList();
	}

	private static PublicBenchmark benchmark(DiscretionBenchmark b) {
		return new PublicBenchmark(b.issuingAuthority(), b.publishedRef(),
				b.territory() == null ? null : b.territory().value(), b.effectiveFrom(), b.effectiveTo(),
				b.tiers().stream().map(t -> new PublicTier(t.tier(), t.partyType(),
						t.circumstances().stream().map(Circumstance::label).toList(),
						t.penaltyKinds().stream().sorted().toList(), t.min(), t.max())).toList());
	}

	private static List<PublicLenientList> lenient(String code, List<LenientList> lists) {
		List<PublicLenientList> naming = new ArrayList<>();
		for (LenientList list : lists) {
			list.items().stream().filter(i -> i.matterCode().equals(code)).findFirst().ifPresent(item -> naming.add(
					new PublicLenientList(list.kind(), list.title(), list.issuingAuthority(), list.effectiveFrom(),
							list.effectiveTo(), item.circumstances().stream().map(Circumstance::label).toList())));
		}
		return naming;
	}

	private static PublicMatter matter(Matter m, MatterVersion v, EnforcementMode mode,
			List<PublicBenchmark> benchmarks, List<PublicLenientList> lenient) {
		return new PublicMatter(m.code(), v.name(), m.domain(), m.kind(), v.violatedLaw(), v.violatedArticle(),
				v.penaltyLaw(), v.penaltyArticle(), v.penaltyKinds().stream().sorted().toList(), v.fine(), mode,
				benchmarks, lenient);
	}
}
