package cn.oneteam.demo;

import java.time.LocalDate;
import java.util.List;

import cn.oneteam.exchange.ExchangeInbound;
import cn.oneteam.exchange.ExchangePartners;
import cn.oneteam.exchange.LicencePush;
import cn.oneteam.exchange.PartnerInputs;
import cn.oneteam.identity.Accounts;
import cn.oneteam.identity.Role;
import cn.oneteam.identity.SystemActor;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.LicenceInputs;
import cn.oneteam.subject.SubjectKind;
import cn.oneteam.subject.SubjectView;
import cn.oneteam.subject.Subjects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * 审管联动 in the demo (docs/adr/0021-approval-exchange.md): 德令哈's 市场监督管理局 and 生态环境局 registered as partners,
 * each with a system account of role APPROVAL_SYSTEM and a published demo token, and one licence each pushed through
 * the exchange (receipts on /exchange). No endpoint is configured: their messages wait, shown as waiting for an
 * endpoint, until an administrator sets one (e.g. the local receiver bench/ExchangeReceiver.java).
 */
@Component
@Profile("demo")
@Order(45)
class DemoExchange implements DemoStep {

	static final String MARKET_SYSTEM = "dlh.scjg.system";

	static final String ECOLOGY_SYSTEM = "dlh.sthj.system";

	private static final Logger log = LoggerFactory.getLogger(DemoExchange.class);

	private final Accounts accounts;

	private final DemoAccounts demoAccounts;

	private final Organizations organizations;

	private final ExchangePartners partners;

	private final ExchangeInbound inbound;

	private final Subjects subjects;

	private final UserDetailsService users;

	DemoExchange(Accounts accounts, DemoAccounts demoAccounts, Organizations organizations, ExchangePartners partners,
			ExchangeInbound inbound, Subjects subjects, UserDetailsService users) {
		this.accounts = accounts;
		this.demoAccounts = demoAccounts;
		this.organizations = organizations;
		this.partners = partners;
		this.inbound = inbound;
		this.subjects = subjects;
		this.users = users;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.exists(MARKET_SYSTEM)) {
			return;
		}
		ScopedPrincipal admin = (ScopedPrincipal) users.loadUserByUsername("admin");
		SystemActor.call(() -> {
			partner(MARKET_SYSTEM, "德令哈市市场监督管理局（系统）", "632802-scjg", "11632802MB015013XG",
					"德令哈市市场监督管理局", admin);
			partner(ECOLOGY_SYSTEM, "德令哈市生态环境局（系统）", "632802-sthj", "11632802MB01710458", "德令哈市生态环境局",
					admin);
			return null;
		});
		List<SubjectView> demo = SignedIn.as(users.loadUserByUsername("dlh.officer1"),
				p -> subjects.byName(DemoSubjects.MARK, p))
			.stream()
			.filter(s -> s.kind() == SubjectKind.LEGAL_PERSON)
			.toList();
		if (demo.size() >= 2) {
			LocalDate from = LocalDate.of(2025, 3, 1);
			SignedIn.as(users.loadUserByUsername(MARKET_SYSTEM), p -> inbound.push("DEMO-SCJG-0001",
					new LicencePush(demo.get(0).code(), new LicenceInputs.Licence("食品经营许可证", "JY16328020PUSH01",
							"11632802MB015013XG", "德令哈市市场监督管理局", from, from.plusYears(5), "预包装食品销售"), null),
					p));
			SignedIn.as(users.loadUserByUsername(ECOLOGY_SYSTEM), p -> inbound.push("DEMO-STHJ-0001",
					new LicencePush(demo.get(1).code(), new LicenceInputs.Licence("排污许可证", "91632802PUSH0001P",
							"11632802MB01710458", "德令哈市生态环境局", from, from.plusYears(5), "餐饮油烟"), null),
					p));
		}
		log.info("Demo exchange loaded: partners 11632802MB015013XG and 11632802MB01710458 (no endpoint; see /exchange)");
	}

	private void partner(String username, String displayName, String organization, String code, String name,
			ScopedPrincipal admin) {
		var org = organizations.findByCode(organization).orElseThrow().id();
		long account = demoAccounts.open(username, displayName, org, Role.APPROVAL_SYSTEM);
		accounts.register(account, "审管联动接口", DemoData.token(username));
		PartnerInputs.WithSecret registered = partners.register(new PartnerInputs.Registration(code, name, org.value(), null),
				admin);
		log.debug("Demo partner {} registered ({} characters of secret, not logged)", registered.partner().code(),
				registered.secret().length());
	}
}
