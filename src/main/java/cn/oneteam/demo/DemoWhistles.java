package cn.oneteam.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.oneteam.identity.Accounts;
import cn.oneteam.identity.Role;
import cn.oneteam.identity.SystemActor;
import cn.oneteam.organization.BodyType;
import cn.oneteam.organization.NewOrganization;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.OrganizationKind;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.whistle.WhistleDetail;
import cn.oneteam.whistle.WhistleInputs;
import cn.oneteam.whistle.WhistleQueries;
import cn.oneteam.whistle.WhistleWatch;
import cn.oneteam.whistle.Whistles;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * 吹哨报到 stories: 河西街道 and 尕海镇 whistle to 德令哈's market supervision and ecology departments — answered on time
 * and rated well, answered late and rated lower, reopened once, overdue (the scan raises alerts) and just acknowledged;
 * 格尔木's market supervision department is there to show a whistle outside the county refused. Driven through the
 * real service as the demo accounts; idempotent (skipped once 河西街道 has whistles).
 */
@Component
@Profile("demo")
@Order(36)
class DemoWhistles implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(DemoWhistles.class);

	private static final DivisionCode HEXI = DivisionCode.of("632802001");

	private static final DivisionCode GAHAI = DivisionCode.of("632802100");

	private final Organizations organizations;

	private final Accounts accounts;

	private final DemoAccounts demoAccounts;

	private final UserDetailsService users;

	private final Whistles whistles;

	private final WhistleQueries queries;

	private final WhistleWatch watch;

	private final Clock clock;

	private final Map<String, UserDetails> signedIn = new HashMap<>();

	DemoWhistles(Organizations organizations, Accounts accounts, DemoAccounts demoAccounts, UserDetailsService users,
			Whistles whistles, WhistleQueries queries, WhistleWatch watch, Clock clock) {
		this.organizations = organizations;
		this.accounts = accounts;
		this.demoAccounts = demoAccounts;
		this.users = users;
		this.whistles = whistles;
		this.queries = queries;
		this.watch = watch;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		SystemActor.call(() -> {
			departmentsAndAccounts();
			return null;
		});
		if (!as("hexi.dispatch", queries::raised).isEmpty()) {
			return;
		}
		long market = org("632802-scjg");
		long ecology = org("632802-sthj");
		OffsetDateTime now = OffsetDateTime.now(clock);
		long onTime = raise("hexi.dispatch", "ROUTINE", List.of(market, ecology), "长江路农贸市场多家商户销售无标识散装食品并占道经营，需市场监管、生态环境部门到场联合处置",
				HEXI, "长江路农贸市场东门", now.minusMinutes(25));
		answer(onTime, "dlh.market", "责令 3 家商户下架无标识散装食品，立案 1 起");
		answer(onTime, "dlh.ecology", "油烟净化设施已督促整改，复查合格");
		confirmAndRate(onTime, "hexi.dispatch", market, 5, "响应迅速，处置彻底");
		confirmAndRate(onTime, "hexi.dispatch", ecology, 4, "配合良好");

		long late = raise("hexi.dispatch", "ROUTINE", List.of(market), "柴达木路一餐饮店后厨卫生投诉反复，需市场监管部门到场检查",
				HEXI, "柴达木路 18 号", now.minusDays(2));
		answer(late, "dlh.market", "现场检查，责令限期整改");
		confirmAndRate(late, "hexi.dispatch", market, 3, "报到、到场均超时");

		long reopened = raise("hexi.dispatch", "ROUTINE", List.of(market, ecology), "居民区旁小作坊夜间噪声、异味扰民",
				HEXI, "河西街道滨河小区北侧", now.minusHours(3));
		answer(reopened, "dlh.market", "核查营业执照，未发现无照经营");
		answer(reopened, "dlh.ecology", "已口头告知");
		as("hexi.dispatch", caller -> whistles.reopen(reopened,
				new WhistleInputs.Reopen("异味问题未解决，请生态环境部门监测并书面反馈", List.of(ecology)), caller));

		long overdue = raise("hexi.dispatch", "EMERGENCY", List.of(market), "学校周边流动摊贩售卖“三无”食品，需紧急处置",
				HEXI, "河西街道第二小学门口", now.minusHours(5));
		as("hexi.dispatch", caller -> whistles.urge(overdue, new WhistleInputs.Urge(market, "请立即到场"), caller));

		long fresh = raise("gahai.dispatch", "ROUTINE", List.of(ecology), "尕海湖周边有人非法倾倒建筑垃圾",
				GAHAI, "尕海湖东岸", now.minusMinutes(20));
		as("dlh.ecology", caller -> whistles.acknowledge(fresh, caller));

		long gahai = raise("gahai.dispatch", "ROUTINE", List.of(market), "镇区超市销售过期食品举报",
				GAHAI, "尕海镇商业街", now.minusMinutes(15));
		answer(gahai, "dlh.market", "下架过期食品 12 件，立案查处");
		confirmAndRate(gahai, "gahai.dispatch", market, 4, "处置到位");
		int alerts = watch.scan();
		log.info("Demo whistles: 6 whistles of 河西街道 and 尕海镇, {} overdue alerts", alerts);
	}

	private void departmentsAndAccounts() {
		Organization ecology = organization("632802-sthj", "德令哈市生态环境局", DemoData.DELINGHA);
		Organization golmudMarket = organization("632801-scjg", "格尔木市市场监督管理局", DemoData.GOLMUD);
		account("dlh.ecology", "德令哈生态环境局干部", ecology, Role.DEPARTMENT_STAFF);
		account("grm.market", "格尔木市场监管局干部", golmudMarket, Role.DEPARTMENT_STAFF);
		account("gahai.dispatch", "尕海镇指挥中心调度员", organizations.findByCode("632802100-gov").orElseThrow(),
				Role.DISPATCHER);
	}

	private Organization organization(String code, String name, DivisionCode seat) {
		return organizations.findByCode(code)
			.orElseGet(() -> organizations.register(new NewOrganization(code, name, OrganizationKind.DEPARTMENT,
					BodyType.OWN_POWER, seat, null, List.of()), JurisdictionScope.nationwide()));
	}

	private void account(String username, String displayName, Organization organization, Role role) {
		if (!accounts.exists(username)) {
			demoAccounts.open(username, displayName, organization.id(), role);
		}
	}

	private long org(String code) {
		return organizations.findByCode(code).orElseThrow().id().value();
	}

	private long raise(String township, String type, List<Long> departments, String need, DivisionCode place,
			String address, OffsetDateTime at) {
		return as(township, caller -> whistles.raise(new WhistleInputs.Raise(type, departments, need, place, address,
				null, null, null, null, at), caller)).id();
	}

	/** The department acknowledges, arrives and reports its result, now. */
	private void answer(long whistle, String department, String result) {
		as(department, caller -> whistles.acknowledge(whistle, caller));
		as(department, caller -> whistles.arrive(whistle, new WhistleInputs.Arrival(null, "现场",
				new BigDecimal("37.369"), new BigDecimal("97.365")), caller));
		as(department, caller -> whistles.report(whistle, new WhistleInputs.Result(result), caller));
	}

	/** Confirms closure when every department has reported, then rates one department on every dimension. */
	private void confirmAndRate(long whistle, String township, long department, int score, @Nullable String comment) {
		WhistleDetail detail = as(township, caller -> queries.detail(whistle, caller));
		if (detail.state() == WhistleDetail.State.OPEN) {
			as(township, caller -> whistles.confirm(whistle, caller));
		}
		Map<String, Integer> scores = Map.of("SPEED", score, "EFFECT", Math.min(5, score + 1), "COOPERATION", score,
				"SATISFACTION", score);
		as(township, caller -> whistles.rate(whistle, new WhistleInputs.Rating(department, scores, comment), caller));
	}

	private <T> T as(String username, Function<ScopedPrincipal, T> work) {
		return SignedIn.as(signedIn.computeIfAbsent(username, users::loadUserByUsername), work);
	}
}
