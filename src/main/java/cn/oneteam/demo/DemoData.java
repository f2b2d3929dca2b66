package cn.oneteam.demo;

import java.util.ArrayList;
import java.util.List;

import cn.oneteam.documents.DocumentNumbers;
import cn.oneteam.identity.Accounts;
import cn.oneteam.identity.Role;
import cn.oneteam.identity.SystemActor;
import cn.oneteam.organization.BodyType;
import cn.oneteam.organization.NewOrganization;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.OrganizationKind;
import cn.oneteam.organization.Organizations;
import cn.oneteam.region.Division;
import cn.oneteam.region.Regions;
import cn.oneteam.region.TownshipKind;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo data for 海西蒙古族藏族自治州 (6328): a comprehensive enforcement bureau per county-level unit, a government
 * for every real township, a market supervision department, the prefecture's judicial bureau and government, and
 * an account for every role (德令哈 and 格尔木 handle cases); the administrator, 德令哈's case handlers and the
 * payment platform's system account hold published API tokens. Idempotent: what exists is left as it is.
 */
@Component
@Profile("demo")
@Order(30)
class DemoData implements DemoStep {

	static final String PASSWORD = "OneTeam@2026";

	static final String ADMIN_TOKEN = token("admin");

	/** Accounts besides the administrator with a published demo token, so that API users can act as them. */
	static final List<String> TOKEN_HOLDERS = List.of("dlh.officer1", "dlh.squad", "dlh.head", "dlh.legal");

	/** The payment platform's system account (罚缴分离, 处罚法 §67), with a published token; reads no case. */
	static final String PAYMENT = "hx.payment";

	static final DivisionCode HAIXI = DivisionCode.of("6328");

	static final DivisionCode DELINGHA = DivisionCode.of("632802");

	static final DivisionCode GOLMUD = DivisionCode.of("632801");

	private static final String TOKEN_NAME = "演示令牌 demo token";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Regions regions;

	private final Organizations organizations;

	private final Accounts accounts;

	private final DemoAccounts demoAccounts;

	private final DocumentNumbers documents;

	DemoData(Regions regions, Organizations organizations, Accounts accounts, DemoAccounts demoAccounts,
			DocumentNumbers documents) {
		this.regions = regions;
		this.organizations = organizations;
		this.accounts = accounts;
		this.demoAccounts = demoAccounts;
		this.documents = documents;
	}

	@Override
	public boolean beforeReady() {
		return true;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.exists("admin")) {
			log.info("Demo data present; log in as admin / {}", PASSWORD);
			return;
		}
		SystemActor.call(() -> {
			seed();
			return null;
		});
		log.info("Demo data loaded for 海西州; log in as admin / {}", PASSWORD);
	}

	private void seed() {
		Organization platform = organization("platform", "OneTeam 平台运营中心", OrganizationKind.PLATFORM_OPERATOR,
				null, DivisionCode.of("63"));
		Organization government = organization("6328-gov", "海西蒙古族藏族自治州人民政府", OrganizationKind.GOVERNMENT, null,
				HAIXI);
		Organization judicial = organization("6328-sfj", "海西蒙古族藏族自治州司法局", OrganizationKind.JUDICIAL_BUREAU, null,
				HAIXI);
		List<Organization> bureaus = new ArrayList<>();
		for (Division county : regions.children(HAIXI)) {
			Organization bureau = organization(county.code() + "-zhzf", county.name() + "综合行政执法局",
					OrganizationKind.ENFORCEMENT_BUREAU, BodyType.OWN_POWER, county.code());
			bureaus.add(bureau);
			numbering(bureau, county.name().substring(0, 1) + "综执"); // 德令哈市 → 德综执
			for (Division township : regions.children(county.code())) {
				Organization townshipGovernment = organization(township.code() + "-gov",
						townshipGovernmentName(township), OrganizationKind.TOWNSHIP_GOVERNMENT, null, township.code());
				numbering(townshipGovernment, township.name().substring(0, 2) + "综执"); // 河西街道 → 河西综执
			}
		}
		Organization delinghaBureau = bureaus.stream().filter(b -> b.seat().equals(DELINGHA)).findFirst().orElseThrow();
		Organization golmudBureau = bureaus.stream().filter(b -> b.seat().equals(GOLMUD)).findFirst().orElseThrow();
		Organization market = organization("632802-scjg", "德令哈市市场监督管理局", OrganizationKind.DEPARTMENT,
				BodyType.OWN_POWER, DELINGHA);
		Organization hexi = organizations.findByCode("632802001-gov").orElseThrow();
		Organization gahai = organizations.findByCode("632802100-gov").orElseThrow();

		long admin = account("admin", "平台管理员", platform, Role.ADMINISTRATOR);
		accounts.register(admin, TOKEN_NAME, ADMIN_TOKEN);
		account("dlh.officer1", "德令哈执法队员甲", delinghaBureau, Role.OFFICER);
		account("dlh.officer2", "德令哈执法队员乙", delinghaBureau, Role.OFFICER);
		account("dlh.auxiliary", "德令哈执法辅助人员", delinghaBureau, Role.AUXILIARY);
		account("dlh.squad", "德令哈中队长", delinghaBureau, Role.SQUAD_HEAD);
		account("dlh.head", "德令哈执法局局长", delinghaBureau, Role.BUREAU_HEAD);
		account("dlh.legal", "德令哈法制审核员", delinghaBureau, Role.LEGAL_REVIEWER);
		account("dlh.dispatch", "德令哈指挥中心调度员", delinghaBureau, Role.DISPATCHER);
		account("dlh.market", "德令哈市场监管局干部", market, Role.DEPARTMENT_STAFF);
		account("hx.supervisor", "海西州执法监督员", judicial, Role.SUPERVISOR);
		account("hx.leader", "海西州领导", government, Role.LEADER);
		account("hexi.dispatch", "河西街道指挥中心调度员", hexi, Role.DISPATCHER);
		account("gahai.officer", "尕海镇执法队员", gahai, Role.OFFICER);
		account("grm.officer1", "格尔木执法队员甲", golmudBureau, Role.OFFICER);
		account("grm.officer2", "格尔木执法队员乙", golmudBureau, Role.OFFICER);
		account("grm.squad", "格尔木中队长", golmudBureau, Role.SQUAD_HEAD);
		account("grm.head", "格尔木执法局局长", golmudBureau, Role.BUREAU_HEAD);
		account("grm.legal", "格尔木法制审核员", golmudBureau, Role.LEGAL_REVIEWER);
		long payment = account(PAYMENT, "海西州罚没款缴款平台（系统）", government, Role.PAYMENT_PLATFORM);
		accounts.register(payment, "缴款平台查询接口", token(PAYMENT));
		TOKEN_HOLDERS.forEach(username -> accounts.register(accounts.idOf(username).orElseThrow(), TOKEN_NAME,
				token(username)));
	}

	/** An account's published demo token: {@code ot_demo_<username, dots as underscores>_token_for_local_use_only}. */
	static String token(String username) {
		return "ot_demo_" + username.replace('.', '_') + "_token_for_local_use_only";
	}

	private Organization organization(String code, String name, OrganizationKind kind, @Nullable BodyType bodyType,
			DivisionCode seat) {
		return organizations.findByCode(code)
			.orElseGet(() -> organizations.register(new NewOrganization(code, name, kind, bodyType, seat, null, List.of()),
					JurisdictionScope.nationwide()));
	}

	/** The demo body's 机关代字 (demo codes) with the default numbering template. */
	private void numbering(Organization body, String code) {
		documents.setCodes(body.id().value(), code, null, ScopedPrincipal.nationwide(0, "system", 0));
	}


	private long account(String username, String displayName, Organization organization, Role role) {
		return demoAccounts.open(username, displayName, organization.id(), role);
	}

	private static String townshipGovernmentName(Division township) {
		return township.townshipKind() == TownshipKind.SUBDISTRICT ? township.name() + "办事处"
				: township.name() + "人民政府";
	}
}
