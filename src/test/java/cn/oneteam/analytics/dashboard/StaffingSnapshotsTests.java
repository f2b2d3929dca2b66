package cn.oneteam.analytics.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import cn.oneteam.IntegrationTest;
import cn.oneteam.identity.SystemActor;
import cn.oneteam.organization.NewOrganization;
import cn.oneteam.organization.NewPerson;
import cn.oneteam.organization.Officers;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.OrganizationKind;
import cn.oneteam.organization.Organizations;
import cn.oneteam.organization.PersonCategory;
import cn.oneteam.organization.PostKind;
import cn.oneteam.organization.Staffing;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboards' staffing is counted at most once a minute per division, day and jurisdiction
 * (docs/adr/0050-dashboards-and-projections.md, "Staffing on the dashboards"): a person registered meanwhile shows once
 * the minute has passed, and another jurisdiction is counted apart.
 */
class StaffingSnapshotsTests extends IntegrationTest {

	/** 泽库县, which no demo account or other test uses. */
	private static final DivisionCode COUNTY = DivisionCode.of("632323");

	@Autowired
	private Staffing staffing;

	@Autowired
	private Organizations organizations;

	@Autowired
	private Officers officers;

	/** A clock the test moves. */
	private static final class Moving extends Clock {

		private Instant now = Instant.now();

		@Override
		public ZoneId getZone() {
			return ChinaTime.ZONE;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	@Test
	void aPersonRegisteredShowsOnceTheMinuteHasPassedAndEachJurisdictionIsCountedApart() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		OrganizationId bureau = SystemActor.call(() -> organizations.register(new NewOrganization("632323-staff-" + tag,
				"编制快照测试执法局" + tag, OrganizationKind.ENFORCEMENT_BUREAU, null, COUNTY, null, List.of(COUNTY)),
				JurisdictionScope.nationwide()))
			.id();
		Moving clock = new Moving();
		StaffingSnapshots snapshots = new StaffingSnapshots(staffing, clock, Duration.ofMinutes(1));
		LocalDate today = LocalDate.now(ChinaTime.ZONE);
		JurisdictionScope nationwide = JurisdictionScope.nationwide();
		JurisdictionScope county = JurisdictionScope.of(List.of(COUNTY));
		int before = snapshots.figures(COUNTY, today, nationwide, null).filled();

		SystemActor.call(() -> officers.register(new NewPerson(bureau, null, "快照" + tag, PersonCategory.ESTABLISHMENT,
				PostKind.ADMINISTRATIVE, false, false, null, today), nationwide));
		assertThat(snapshots.figures(COUNTY, today, nationwide, null).filled()).as("within the minute").isEqualTo(before);
		assertThat(snapshots.figures(COUNTY, today, county, null).filled()).as("another jurisdiction")
			.isEqualTo(before + 1);
		clock.now = clock.now.plusSeconds(59);
		assertThat(snapshots.figures(COUNTY, today, nationwide, null).filled()).isEqualTo(before);
		clock.now = clock.now.plusSeconds(1);
		assertThat(snapshots.figures(COUNTY, today, nationwide, null).filled()).as("a minute later")
			.isEqualTo(before + 1);
		assertThat(snapshots.figures(COUNTY, today, nationwide, "632323-staff-" + tag).filled()).as("the body's line")
			.isEqualTo(1);
		assertThat(snapshots.figures(COUNTY, today, nationwide, "632323-none-" + tag)).as("a body not counted").isNull();
	}
}
