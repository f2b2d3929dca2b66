package cn.oneteam.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.oneteam.identity.Accounts;
import cn.oneteam.identity.Role;
import cn.oneteam.identity.SystemActor;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The people of the two empowered 德令哈 subdistricts (赋权, 河西街道 and 河东街道): a township enforces the matters
 * it was given in its own name, so it needs two certified officers to file and investigate (处罚法 §42), a squad
 * head and its head (街道办事处主任, the 行政机关负责人 who approves filing and decides, 处罚法 §57) and a reviewer
 * who did not handle the case (市监 §49). Each has an account ({@code hexi.*}, {@code hedong.*}). Runs on a demo
 * database of an older version too: a township whose head account exists is left as it is.
 */
@Component
@Profile("demo")
@Order(33)
class DemoTownships implements DemoStep {

	/** The empowered townships staffed, by account prefix: seat code and the people's display names. */
	static final List<Township> TOWNSHIPS = List.of(new Township("632802001", "hexi", "河西街道"),
			new Township("632802002", "hedong", "河东街道"));

	private static final Logger log = LoggerFactory.getLogger(DemoTownships.class);

	private final Organizations organizations;

	private final Officers officers;

	private final Accounts accounts;

	private final DemoAccounts demoAccounts;

	DemoTownships(Organizations organizations, Officers officers, Accounts accounts, DemoAccounts demoAccounts) {
		this.organizations = organizations;
		this.officers = officers;
		this.accounts = accounts;
		this.demoAccounts = demoAccounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		SystemActor.call(() -> {
			TOWNSHIPS.stream().filter(t -> !accounts.exists(t.prefix() + ".head")).forEach(this::staff);
			return null;
		});
	}

	private void staff(Township township) {
		Organization government = organizations.findByCode(township.seat() + "-gov").orElseThrow();
		person(government, township, "officer1", "执法队员甲", Role.OFFICER, false, 1);
		person(government, township, "officer2", "执法队员乙", Role.OFFICER, false, 2);
		person(government, township, "squad", "综合行政执法队队长", Role.SQUAD_HEAD, false, 3);
		person(government, township, "head", government.name().endsWith("办事处") ? "办事处主任" : "乡镇长",
				Role.BUREAU_HEAD, false, 4);
		person(government, township, "legal", "法制审核人员", Role.LEGAL_REVIEWER, true, 0);
		log.info("Demo staff of {} loaded: {}.officer1, .officer2, .squad, .head, .legal", township.name(),
				township.prefix());
	}

	/** An account and the person behind it; {@code certificate} > 0 numbers the enforcement certificate it holds. */
	private void person(Organization government, Township township, String role, String title, Role accountRole,
			boolean reviewer, int certificate) {
		JurisdictionScope all = JurisdictionScope.nationwide();
		long account = demoAccounts.open(township.prefix() + "." + role, township.name() + title, government.id(),
				accountRole);
		PersonId person = officers.register(new NewPerson(government.id(), null, township.name() + title,
				PersonCategory.ESTABLISHMENT, PostKind.ADMINISTRATIVE, reviewer, reviewer, account,
				LocalDate.of(2025, 1, 2)), all);
		if (certificate > 0) {
			officers.issueCertificate(person, new NewCertificate("QH" + township.seat() + String.format("%02d", certificate),
					"青海省人民政府", Set.of(EnforcementDomain.URBAN_MANAGEMENT), LocalDate.of(2025, 1, 2),
					LocalDate.of(2029, 12, 31)), all);
		}
	}

	record Township(String seat, String prefix, String name) {
	}
}
