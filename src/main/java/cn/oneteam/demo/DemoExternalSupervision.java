package cn.oneteam.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.oneteam.identity.Accounts;
import cn.oneteam.identity.Role;
import cn.oneteam.identity.SystemActor;
import cn.oneteam.organization.Officers;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.Organizations;
import cn.oneteam.organization.Person;
import cn.oneteam.organization.PersonCategory;
import cn.oneteam.organization.PostKind;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.EnforcementDomain;
import cn.oneteam.supervision.exam.ExamSessions;
import cn.oneteam.supervision.exam.ExamViews;
import cn.oneteam.supervision.finding.SupervisorFinding;
import cn.oneteam.supervision.finding.SupervisorFindings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * An external supervisor of 海西州 ({@code hx.external1}, 行政执法监督员 attached to 海西州司法局) with one finding about
 * 德令哈's enforcement bureau, and one certificate exam session of the 司法局 for that bureau's staff, scored and
 * published (docs/adr/0038-external-supervisors-and-exams.md). Driven through the real services; skipped once the
 * account exists. The session is held on the day the demo loads: candidates register until the exam day and scores
 * are entered from it on, so only a session of that day goes through every step the same day.
 */
@Component
@Profile("demo")
@Order(54)
class DemoExternalSupervision implements DemoStep {

	static final String EXTERNAL = "hx.external1";

	private static final Logger log = LoggerFactory.getLogger(DemoExternalSupervision.class);

	private final Accounts accounts;

	private final DemoAccounts demoAccounts;

	private final Organizations organizations;

	private final Officers officers;

	private final SupervisorFindings findings;

	private final ExamSessions exams;

	private final UserDetailsService users;

	private final Clock clock;

	DemoExternalSupervision(Accounts accounts, DemoAccounts demoAccounts, Organizations organizations,
			Officers officers, SupervisorFindings findings, ExamSessions exams, UserDetailsService users, Clock clock) {
		this.accounts = accounts;
		this.demoAccounts = demoAccounts;
		this.organizations = organizations;
		this.officers = officers;
		this.findings = findings;
		this.exams = exams;
		this.users = users;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.exists(EXTERNAL)) {
			return;
		}
		OrganizationId judicial = organizations.findByCode("6328-sfj").orElseThrow().id();
		SystemActor.call(() -> demoAccounts.open(EXTERNAL, "海西州行政执法监督员（特邀）", judicial,
				Role.EXTERNAL_SUPERVISOR));
		long bureau = organizations.findByCode("632802-zhzf").orElseThrow().id().value();
		SignedIn.as(users.loadUserByUsername(EXTERNAL), caller -> findings.record(new SupervisorFinding.New(bureau,
				null, null, "旁听德令哈市综合行政执法局门店检查：两名执法人员均出示了执法证件，但检查记录未写明检查依据，建议统一检查记录格式。",
				null), caller));
		LocalDate heldOn = LocalDate.now(clock.withZone(ChinaTime.ZONE));
		SignedIn.as(users.loadUserByUsername("hx.supervisor"), caller -> {
			ExamViews.Session session = exams.create(new ExamViews.NewSession("海西州执法资格考试（城市管理）",
					heldOn, EnforcementDomain.URBAN_MANAGEMENT, new BigDecimal("60")), caller);
			List<Person> eligible = officers.people(new OrganizationId(bureau), caller.jurisdiction()).stream()
				.filter(p -> p.category() == PersonCategory.ESTABLISHMENT && p.postKind() != PostKind.SERVICE
						&& p.inPostOn(heldOn))
				.limit(3)
				.toList();
			String[][] scores = { { "86.5", "91" }, { "60", "72" }, { "58", "80" } };
			for (int i = 0; i < eligible.size(); i++) {
				ExamViews.Candidate candidate = exams.register(session.id(), eligible.get(i).id().value(), caller);
				exams.score(session.id(), candidate.id(), new BigDecimal(scores[i][0]), new BigDecimal(scores[i][1]),
						caller);
			}
			if (!eligible.isEmpty()) {
				exams.publish(session.id(), caller);
			}
			return session;
		});
		log.info("Demo external supervisor {} (海西州司法局) with one finding; one exam session published", EXTERNAL);
	}
}
