package cn.oneteam.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import cn.oneteam.inspection.result.VisitFixture;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.subject.SubjectKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An inspector records a drawn visit on a phone (390×844): answers the checklist, takes a photo, takes the position,
 * has the party sign on the canvas with the pointer, enters the code, records and publishes; the public results page
 * then shows the result (docs/adr/0030-recording-and-publishing-inspections.md). No Content-Security-Policy violation,
 * nothing wider than the screen.
 */
class RecordJourneyTest extends BrowserJourney {

	@Autowired
	private ApplicationContext applicationContext;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void anInspectorRecordsAndPublishesOnAPhoneAndThePublicSeesIt() throws Exception {
		VisitFixture.Made made = new VisitFixture(applicationContext)
			.visit(LocalDate.now(ChinaTime.ZONE).getYear(), SubjectKind.LEGAL_PERSON);
		List<String> violations = InspectionResultSteps.cspViolations(page);
		InspectionResultSteps steps = new InspectionResultSteps(this);
		signIn(VisitFixture.INSPECTOR);
		steps.phone();
		page.navigate(url("/inspections/visits/" + made.visitId() + "/record"));
		steps.fill(made.itemId(), made.code());
		screenshot("record-phone");
		steps.record(jdbc, made.visitId());
		steps.publish();
		screenshot("record-published");
		steps.publicResult(made.subjectName(), made.visitId(), made.itemName());
		assertThat(violations).isEmpty();
	}
}
