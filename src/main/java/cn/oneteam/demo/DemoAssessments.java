package cn.oneteam.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.oneteam.identity.SystemActor;
import cn.oneteam.organization.OfficerTrainingFigures;
import cn.oneteam.organization.Officers;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.Organizations;
import cn.oneteam.organization.Person;
import cn.oneteam.shared.JurisdictionScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * This year's training of the certified officers of 德令哈 and 格尔木 (docs/adr/0039-assessments.md), so that the
 * assessments show training hours that differ: courses of 8 to 24 hours from March to November, some officers none.
 * Driven through the organisation module's service; idempotent (skipped once any of them has hours this year).
 */
@Component
@Profile("demo")
@Order(55)
class DemoAssessments implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(DemoAssessments.class);

	private static final int YEAR = 2026;

	private static final List<String> COURSES = List.of("行政处罚法专题培训", "执法文书制作与案卷评查", "涉企行政检查规范",
			"执法全过程记录实务");

	private final Organizations organizations;

	private final Officers officers;

	private final OfficerTrainingFigures figures;

	DemoAssessments(Organizations organizations, Officers officers, OfficerTrainingFigures figures) {
		this.organizations = organizations;
		this.officers = officers;
		this.figures = figures;
	}

	@Override
	public void run(ApplicationArguments args) {
		LocalDate from = LocalDate.of(YEAR, 1, 1);
		LocalDate to = LocalDate.of(YEAR, 12, 31);
		List<Long> bodies = List.of("632802-zhzf", "632801-zhzf").stream()
			.map(code -> organizations.findByCode(code).orElseThrow().id().value())
			.toList();
		List<Long> people = figures.officers(bodies, from, to).stream()
			.map(OfficerTrainingFigures.Officer::personId).toList();
		if (people.isEmpty() || !figures.hours(people, from, to).isEmpty()) {
			return;
		}
		JurisdictionScope all = JurisdictionScope.nationwide();
		int[] records = { 0 };
		SystemActor.call(() -> {
			for (long body : bodies) {
				List<Person> staff = officers.people(new OrganizationId(body), all);
				for (int i = 0; i < staff.size(); i++) {
					Person person = staff.get(i);
					if (!people.contains(person.id().value()) || i % 4 == 3) {
						continue;
					}
					for (int c = 0; c <= i % 3; c++) {
						officers.recordTraining(person.id(), COURSES.get((i + c) % COURSES.size()),
								new BigDecimal(8 + 8 * ((i + c) % 3)), LocalDate.of(YEAR, 3 + (i + 3 * c) % 9, 10), all);
						records[0]++;
					}
				}
			}
			return null;
		});
		log.info("Demo assessments: {} training records of {} for the officers of 德令哈 and 格尔木", records[0], YEAR);
	}
}
