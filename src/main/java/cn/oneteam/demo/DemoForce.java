package cn.oneteam.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.oneteam.identity.Accounts;
import cn.oneteam.identity.SystemActor;
import cn.oneteam.organization.CertificateEventKind;
import cn.oneteam.organization.NewCertificate;
import cn.oneteam.organization.NewPerson;
import cn.oneteam.organization.Officers;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.Organizations;
import cn.oneteam.organization.PersonCategory;
import cn.oneteam.organization.PersonId;
import cn.oneteam.organization.PostKind;
import cn.oneteam.organization.Staffing;
import cn.oneteam.organization.Team;
import cn.oneteam.organization.TeamKind;
import cn.oneteam.region.Division;
import cn.oneteam.region.Regions;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.EnforcementDomain;
import cn.oneteam.shared.JurisdictionScope;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The enforcement force of 海西州 as its reform report describes it: seven county-level bureaus with 30 stationed
 * groups (格尔木 10, 德令哈 4, 茫崖 2, 都兰 4, 乌兰 4, 天峻 4, 大柴旦 2), 650 authorised posts of which 368 are
 * filled, 284 certified officers, 254 auxiliaries. The teams each bureau absorbed (8 → 1 for 格尔木, 德令哈, 都兰 and
 * 乌兰, 5 → 1 for 茫崖, 7 → 1 for 天峻, 4 → 1 for 大柴旦: {@code teamsBefore}) are recorded one by one by
 * {@link DemoReform}. The split between bureaus is ours; the totals come out of the people, posts and teams when
 * counted.
 */
@Component
@Profile("demo")
@Order(31)
class DemoForce implements DemoStep {

	/** Per bureau: county, authorised, filled, certified officers, auxiliaries, stationed groups, teams before. */
	static final List<Bureau> BUREAUS = List.of(new Bureau("632801", 200, 112, 86, 80, 10, 8),
			new Bureau("632802", 110, 62, 48, 42, 4, 8), new Bureau("632803", 60, 34, 26, 22, 2, 5),
			new Bureau("632821", 70, 40, 31, 28, 4, 8), new Bureau("632822", 80, 46, 36, 32, 4, 8),
			new Bureau("632823", 70, 42, 34, 30, 4, 7), new Bureau("632857", 60, 32, 23, 20, 2, 4));

	static final LocalDate REFORM_DATE = LocalDate.of(2020, 6, 30);

	/** The bureaus whose demo accounts are people of the force, by the accounts' username prefix. */
	private static final Map<String, String> ACCOUNT_PREFIXES = Map.of("632802", "dlh", "632801", "grm");

	private static final Logger log = LoggerFactory.getLogger(DemoForce.class);

	private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段";

	private static final String GIVEN = "建国海军志强秀英桂兰文华明亮玉梅德胜晓东春燕卫东红霞世杰丽娟永刚国庆雪梅振华";

	private static final EnforcementDomain[] SECOND_DOMAINS = { EnforcementDomain.MARKET_SUPERVISION,
			EnforcementDomain.ECOLOGY_ENVIRONMENT, EnforcementDomain.CULTURAL_MARKET, EnforcementDomain.TRANSPORT,
			EnforcementDomain.AGRICULTURE, EnforcementDomain.EMERGENCY_MANAGEMENT };

	private final Organizations organizations;

	private final Officers officers;

	private final Staffing staffing;

	private final Regions regions;

	private final Accounts accounts;

	private int serial;

	DemoForce(Organizations organizations, Officers officers, Staffing staffing, Regions regions, Accounts accounts) {
		this.organizations = organizations;
		this.officers = officers;
		this.staffing = staffing;
		this.regions = regions;
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		Organization delingha = organizations.findByCode("632802-zhzf").orElseThrow();
		if (!officers.teams(delingha.id(), JurisdictionScope.nationwide()).isEmpty()) {
			return;
		}
		SystemActor.call(() -> {
			BUREAUS.forEach(this::seed);
			seedGridWorkers();
			return null;
		});
		log.info("Demo force of 海西州 loaded");
	}

	private void seed(Bureau bureau) {
		JurisdictionScope all = JurisdictionScope.nationwide();
		Organization body = organizations.findByCode(bureau.county() + "-zhzf").orElseThrow();
		int service = 2;
		int administrative = bureau.authorised() * 2 / 5;
		staffing.authorisePosts(body.id(), PostKind.ADMINISTRATIVE, administrative, all);
		staffing.authorisePosts(body.id(), PostKind.SERVICE, service + 1, all);
		staffing.authorisePosts(body.id(), PostKind.PUBLIC_INSTITUTION, bureau.authorised() - administrative - service - 1,
				all);

		Team brigade = staffing.formTeam(body.id(), body.name().replace("综合行政执法局", "") + "综合行政执法大队",
				TeamKind.BRIGADE, null, all);
		List<Team> groups = new ArrayList<>();
		for (Division township : regions.children(DivisionCode.of(bureau.county())).subList(0, bureau.groups())) {
			groups.add(staffing.formTeam(body.id(), township.name() + "派驻执法组", TeamKind.STATIONED_GROUP,
					township.code(), all));
		}
		int stationed = (bureau.filled() * 62 + 99) / 100; // 下沉: about 62 % of the establishment staff
		int reviewers = Math.max(2, (bureau.officers() * 6 + 99) / 100);
		for (int i = 0; i < bureau.filled(); i++) {
			boolean serviceStaff = i >= bureau.filled() - service;
			PostKind post = serviceStaff ? PostKind.SERVICE : i % 5 < 2 ? PostKind.ADMINISTRATIVE : PostKind.PUBLIC_INSTITUTION;
			Team team = i < stationed ? groups.get(i % groups.size()) : brigade;
			boolean reviewer = i >= stationed && i < stationed + reviewers;
			PersonId person = officers.register(new NewPerson(body.id(), team.id(), name(), PersonCategory.ESTABLISHMENT,
					post, reviewer, reviewer && i != stationed, account(bureau, i, stationed), REFORM_DATE), all);
			certify(bureau, person, i);
		}
		for (int i = 0; i < bureau.auxiliaries(); i++) {
			Long account = "632802".equals(bureau.county()) && i == 0 ? accounts.idOf("dlh.auxiliary").orElse(null) : null;
			officers.register(new NewPerson(body.id(), groups.get(i % groups.size()).id(), name(), PersonCategory.AUXILIARY,
					null, false, false, account, REFORM_DATE), all);
		}
	}

	/**
	 * The first {@code officers} of the establishment hold valid certificates; in 德令哈 two more hold one that has
	 * expired and one that is suspended.
	 */
	private void certify(Bureau bureau, PersonId person, int index) {
		JurisdictionScope all = JurisdictionScope.nationwide();
		Set<EnforcementDomain> domains = EnumSet.of(EnforcementDomain.URBAN_MANAGEMENT,
				SECOND_DOMAINS[index % SECOND_DOMAINS.length]);
		String number = "QH" + bureau.county() + String.format("%04d", index + 1);
		if (index < bureau.officers()) {
			if ("632802".equals(bureau.county())) {
				officers.recordTraining(person, "行政执法人员岗前培训", new BigDecimal("40"), LocalDate.of(2023, 11, 15), all);
				officers.recordExam(person, "行政执法资格考试", LocalDate.of(2023, 12, 10),
						new BigDecimal(70 + index % 25), true, all);
			}
			officers.issueCertificate(person, new NewCertificate(number, "青海省人民政府", domains,
					LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31)), all);
		}
		else if ("632802".equals(bureau.county()) && index == bureau.officers() + 1) {
			officers.issueCertificate(person, new NewCertificate(number, "青海省人民政府", domains,
					LocalDate.of(2019, 1, 1), LocalDate.of(2023, 12, 31)), all);
		}
		else if ("632802".equals(bureau.county()) && index == bureau.officers() + 2) {
			long certificate = officers.issueCertificate(person, new NewCertificate(number, "青海省人民政府", domains,
					LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31)), all).id();
			officers.recordCertificateEvent(certificate, CertificateEventKind.SUSPENDED, LocalDate.of(2026, 9, 1),
					"年度考核不合格，暂扣执法证", all);
		}
	}

	/**
	 * Links the demo accounts of 德令哈 ({@code dlh.}) and 格尔木 ({@code grm.}) to people: officers, squad head,
	 * dispatcher, head, and a qualified reviewer.
	 */
	private @Nullable Long account(Bureau bureau, int index, int firstReviewer) {
		String prefix = ACCOUNT_PREFIXES.get(bureau.county());
		String role = index == firstReviewer + 1 ? "legal" : switch (index) {
			case 0 -> "officer1";
			case 1 -> "officer2";
			case 2 -> "squad";
			case 3 -> "dispatch";
			case 4 -> "head";
			default -> null;
		};
		return prefix == null || role == null ? null : accounts.idOf(prefix + "." + role).orElse(null);
	}

	private void seedGridWorkers() {
		Organization hexi = organizations.findByCode("632802001-gov").orElseThrow();
		for (int i = 0; i < 6; i++) {
			officers.register(new NewPerson(hexi.id(), null, name(), PersonCategory.GRID_WORKER, null, false, false, null,
					REFORM_DATE), JurisdictionScope.nationwide());
		}
	}

	private String name() {
		int n = serial++;
		int given = (n / SURNAMES.length()) % (GIVEN.length() / 2);
		return SURNAMES.charAt(n % SURNAMES.length()) + GIVEN.substring(given * 2, given * 2 + 2);
	}

	record Bureau(String county, int authorised, int filled, int officers, int auxiliaries, int groups,
			int teamsBefore) {
	}
}
