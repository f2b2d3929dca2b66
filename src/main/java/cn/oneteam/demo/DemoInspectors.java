package cn.oneteam.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import cn.oneteam.identity.Accounts;
import cn.oneteam.identity.Role;
import cn.oneteam.identity.SystemActor;
import cn.oneteam.inspection.library.AssistantKind;
import cn.oneteam.inspection.library.InspectorLibrary;
import cn.oneteam.inspection.library.LibraryInputs;
import cn.oneteam.organization.NewCertificate;
import cn.oneteam.organization.NewPerson;
import cn.oneteam.organization.Officers;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.Organizations;
import cn.oneteam.organization.PersonCategory;
import cn.oneteam.organization.PersonId;
import cn.oneteam.organization.PostKind;
import cn.oneteam.shared.EnforcementDomain;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The inspectors' libraries of the two departments of the demo's joint plan
 * (docs/adr/0032-inspectors-library-and-recusal.md):
 * 德令哈市市场监督管理局 with six certified inspectors, an auxiliary who is never an inspector, expertise tags, an
 * expert and a testing body; 德令哈市生态环境局 with four certified inspectors, tags and a monitoring station. Names and
 * numbers are invented (演示). The first two of each department sign in as {@code dlh.market.inspector1/2} and
 * {@code dlh.ecology.inspector1/2} (officers of their department) to record their inspections. Skipped when the market department has people.
 */
@Component
@Profile("demo")
@Order(47)
class DemoInspectors implements DemoStep {

	private static final LocalDate JOINED = LocalDate.of(2021, 3, 1);

	private final Officers officers;

	private final Organizations organizations;

	private final InspectorLibrary library;

	private final Accounts accounts;

	private final DemoAccounts demoAccounts;

	DemoInspectors(Officers officers, Organizations organizations, InspectorLibrary library, Accounts accounts,
			DemoAccounts demoAccounts) {
		this.officers = officers;
		this.organizations = organizations;
		this.library = library;
		this.accounts = accounts;
		this.demoAccounts = demoAccounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		Organization market = organizations.findByCode("632802-scjg").orElseThrow();
		Organization ecology = organizations.findByCode("632802-sthj").orElseThrow();
		if (!officers.people(market.id(), JurisdictionScope.nationwide()).isEmpty()) {
			return;
		}
		long admin = accounts.idOf("admin").orElseThrow();
		SystemActor.call(() -> {
			List<String> marketTags = List.of("食品,药品", "食品", "食品,特种设备", "药品", "特种设备", "食品");
			List<String> marketNames = List.of("马建华", "李秀兰", "韩志强", "祁玉梅", "才让东智", "鲁德胜");
			ScopedPrincipal asMarket = ScopedPrincipal.nationwide(admin, "admin", market.id().value());
			for (int i = 0; i < marketNames.size(); i++) {
				long person = inspector(market, marketNames.get(i), "QH632802SJ" + String.format("%02d", i + 1),
						EnforcementDomain.MARKET_SUPERVISION, i < 2 ? "dlh.market.inspector" + (i + 1) : null);
				for (String tag : marketTags.get(i).split(",")) {
					library.tag(person, tag, asMarket);
				}
			}
			officers.register(new NewPerson(market.id(), null, "张晓东", PersonCategory.AUXILIARY, null, false, false,
					null, JOINED), JurisdictionScope.nationwide());
			library.register(new LibraryInputs.NewAssistant(market.id().value(), AssistantKind.EXPERT, "冶海军",
					"青海省食品安全专家库（演示）", "食品安全与餐饮卫生"), asMarket);
			library.register(new LibraryInputs.NewAssistant(market.id().value(), AssistantKind.TESTING_BODY,
					"海西州食品药品检验检测中心（演示）", "海西州食品药品检验检测中心（演示）", "食品、药品抽样检验"), asMarket);

			List<String> ecologyTags = List.of("危险废物", "排污许可", "危险废物,排污许可", "自动监测");
			List<String> ecologyNames = List.of("赵文华", "拉毛措", "郭明亮", "孔春燕");
			ScopedPrincipal asEcology = ScopedPrincipal.nationwide(admin, "admin", ecology.id().value());
			for (int i = 0; i < ecologyNames.size(); i++) {
				long person = inspector(ecology, ecologyNames.get(i), "QH632802HJ" + String.format("%02d", i + 1),
						EnforcementDomain.ECOLOGY_ENVIRONMENT, i < 2 ? "dlh.ecology.inspector" + (i + 1) : null);
				for (String tag : ecologyTags.get(i).split(",")) {
					library.tag(person, tag, asEcology);
				}
			}
			library.register(new LibraryInputs.NewAssistant(ecology.id().value(), AssistantKind.TESTING_BODY,
					"海西州生态环境监测站（演示）", "海西州生态环境监测站（演示）", "废气、废水监测"), asEcology);
			return null;
		});
	}

	/** A certified inspector of the department; with a username, signing in as an officer of the department. */
	private long inspector(Organization department, String name, String certificate, EnforcementDomain domain,
			@Nullable String username) {
		JurisdictionScope all = JurisdictionScope.nationwide();
		Long account = username == null ? null
				: demoAccounts.open(username, name + "（检查人员）", department.id(), Role.OFFICER);
		PersonId person = officers.register(new NewPerson(department.id(), null, name, PersonCategory.ESTABLISHMENT,
				PostKind.ADMINISTRATIVE, false, false, account, JOINED), all);
		officers.issueCertificate(person, new NewCertificate(certificate, "青海省人民政府", EnumSet.of(domain),
				LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31)), all);
		return person.value();
	}
}
