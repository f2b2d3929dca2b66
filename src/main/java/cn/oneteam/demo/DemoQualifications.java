package cn.oneteam.demo;

import java.time.LocalDate;
import java.util.List;

import cn.oneteam.organization.BodyQualification;
import cn.oneteam.organization.NewBodyQualification;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.QualificationStanding;
import cn.oneteam.supervision.Qualifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Enforcement bodies' qualification (docs/adr/0037-enforcement-bodies-qualification.md): 海西州司法局's supervisor confirms
 * every enforcement body of the prefecture for the current year — valid until 31 March of the next year, when the
 * next year's list is due — and announces it; one example, 茶卡镇 (乌兰县), was confirmed for last year only and not
 * renewed, so it has lapsed (no demo record acts as it). Runs after every other demo class, so that no demo action is
 * judged against it; driven through the real service; idempotent (skipped once any body has been confirmed).
 */
@Component
@Profile("demo")
@Order(53)
class DemoQualifications implements DemoStep {

	/** The lapsed example: a township government without demo cases, accounts or inspections. */
	static final String LAPSED = "632821101-gov";

	private static final Logger log = LoggerFactory.getLogger(DemoQualifications.class);

	private final Qualifications qualifications;

	private final UserDetailsService users;

	DemoQualifications(Qualifications qualifications, UserDetailsService users) {
		this.qualifications = qualifications;
		this.users = users;
	}

	@Override
	public void run(ApplicationArguments args) {
		int confirmed = SignedIn.as(users.loadUserByUsername("hx.supervisor"), caller -> {
			if (qualifications.overview(caller).stream()
				.anyMatch(s -> s.today().state() != QualificationStanding.State.UNCONFIRMED)) {
				return 0;
			}
			int year = qualifications.currentYear();
			int count = 0;
			for (Organization body : qualifications.bodies(caller)) {
				boolean lapsed = body.code().equals(LAPSED);
				int of = lapsed ? year - 1 : year;
				LocalDate to = lapsed ? LocalDate.of(of, 12, 31) : LocalDate.of(year + 1, 3, 31);
				BodyQualification q = qualifications.confirm(new NewBodyQualification(body.id().value(), of,
						basis(body), true, List.of(), LocalDate.of(of, 1, 1), to), caller);
				qualifications.publish(q.id(), caller);
				count++;
			}
			return count;
		});
		if (confirmed > 0) {
			log.info("Demo qualifications: {} enforcement bodies confirmed and announced; {} lapsed", confirmed, LAPSED);
		}
	}

	private static String basis(Organization body) {
		return switch (body.kind()) {
			case ENFORCEMENT_BUREAU -> "《中华人民共和国行政处罚法》第十八条；海西州综合行政执法改革方案（演示）";
			case TOWNSHIP_GOVERNMENT -> "《中华人民共和国行政处罚法》第二十四条；青海省人民政府向乡镇赋予行政执法权的决定（演示）";
			default -> "《中华人民共和国行政处罚法》第十七条；本部门的法定职责（演示）";
		};
	}
}
