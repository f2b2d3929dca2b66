package cn.oneteam.analytics;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.oneteam.identity.SystemActor;
import cn.oneteam.organization.NewOrganization;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.OrganizationKind;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Events of the analytics tests, in 门源县 (632221), which no demo account covers: bodies of their own and events
 * inserted as intake stores them, so that the tests control every day and clock.
 */
final class AnalyticsFixture {

	static final String COUNTY = "632221";

	static final String TOWNSHIP = "632221102";

	private final JdbcClient jdbc;

	private final String unique = UUID.randomUUID().toString().substring(0, 8);

	AnalyticsFixture(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new enforcement bureau of the county. */
	Organization body(Organizations organizations, String suffix) {
		return SystemActor.call(() -> organizations.register(new NewOrganization(COUNTY + "-dash-" + unique + suffix,
				"看板测试执法局" + unique + suffix, OrganizationKind.ENFORCEMENT_BUREAU, null, DivisionCode.of(COUNTY),
				null, List.of(DivisionCode.of(COUNTY))), JurisdictionScope.nationwide()));
	}

	/**
	 * An event received at {@code receivedAt}, dispatched to {@code body} (when given) and replied {@code replyLate}
	 * after or before its due day, rated as given: its id.
	 */
	long event(String township, String channel, OffsetDateTime receivedAt, @Nullable Long body,
			@Nullable Boolean replyLate, @Nullable String satisfaction) {
		LocalDate received = receivedAt.toLocalDate();
		LocalDate replyDue = received.plusDays(5);
		OffsetDateTime replied = replyLate == null ? null : receivedAt.plusDays(replyLate ? 7 : 2);
		return jdbc.sql("""
				insert into intake_event (tracking_number, channel, request_type, description, division_code,
				  township_code, priority, state, received_at, dispatch_due_on, assigned_org_id, dispatched_at,
				  reply_due_on, replied_at, satisfaction, rated_at, updated_at)
				values (:tracking, :channel, 'COMPLAINT', '看板测试事件', :township, :township, 'NORMAL', :state,
				  :received, :dispatchDue, :body, :dispatched, :replyDue, :replied, :satisfaction, :rated, :received)
				returning id""")
			.param("tracking", "D" + UUID.randomUUID().toString().replace("-", "").substring(0, 18))
			.param("channel", channel)
			.param("township", township)
			.param("state", replied == null ? "RECEIVED" : "REPLIED")
			.param("received", receivedAt)
			.param("dispatchDue", received.plusDays(3))
			.param("body", body)
			.param("dispatched", body == null ? null : receivedAt.plusHours(2))
			.param("replyDue", body == null ? null : replyDue)
			.param("replied", replied)
			.param("satisfaction", satisfaction)
			.param("rated", satisfaction == null || replied == null ? null : replied.plusDays(1))
			.query(Long.class)
			.single();
	}

	/** The counters under a division prefix, one line per row, in key order. */
	List<String> counters(String prefix) {
		return jdbc.sql("""
				select concat_ws(' ', division_code, day, body_id, measure, dim, n, amount) from analytics_counter
				where division_code like ? order by division_code, day, body_id, measure, dim""")
			.param(prefix + "%")
			.query(String.class)
			.list();
	}

	/** The month rollup under a division prefix, one line per row, in key order. */
	List<String> months(String prefix) {
		return jdbc.sql("""
				select concat_ws(' ', division_code, month, body_id, measure, dim, n, amount) from analytics_counter_month
				where division_code like ? order by division_code, month, body_id, measure, dim""")
			.param(prefix + "%")
			.query(String.class)
			.list();
	}

	/** The day counters under a division prefix summed per month, as {@link #months} shows the rollup. */
	List<String> daysSummedPerMonth(String prefix) {
		return jdbc.sql("""
				select concat_ws(' ', division_code, month, body_id, measure, dim, sum(n), sum(amount))
				from (select *, date_trunc('month', day)::date as month from analytics_counter where division_code like ?) c
				group by division_code, month, body_id, measure, dim
				order by division_code, month, body_id, measure, dim""")
			.param(prefix + "%")
			.query(String.class)
			.list();
	}

	/** Publications to the projection's listener not yet completed. */
	int pending() {
		return jdbc.sql("""
				select count(*) from event_publication where listener_id like '%ProjectionListener%'
				and completion_date is null""").query(Integer.class).single();
	}
}
