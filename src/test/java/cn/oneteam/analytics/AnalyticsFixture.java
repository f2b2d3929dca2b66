package cn.oneteam.analytics;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import cn.oneteam.identity.SystemActor;
import cn.oneteam.organization.NewOrganization;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.OrganizationKind;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.ChinaTime;
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

	/** A case of the body in the fixture's township, as casehandling stores it: its id. */
	long penaltyCase(long body, String procedure, String stage, @Nullable LocalDate filed, LocalDate decided,
			String fine, @Nullable String paid, @Nullable LocalDate paidOn) {
		return jdbc.sql("""
				insert into penalty_case (procedure, stage, matter_code, matter_version, place_code, acting_org_id,
				  name_org_id, enforcement_mode, party_type, party_name, facts, penalty_kinds, fine, decided_on,
				  recorded_by, recorded_at, filed_on, outcome, paid_amount, paid_on)
				values (:procedure, :stage, 'DEMO-DQ-118-1', 1, :township, :body, :body, 'OWN_POWER', 'ORGANISATION',
				  '看板测试公司', '看板测试', '{FINE}', cast(:fine as numeric), :decided, 0, now(), :filed,
				  case when :procedure = 'GENERAL' then 'PENALTY' end, cast(:paid as numeric), :paidOn)
				returning id""")
			.param("procedure", procedure).param("stage", stage).param("township", TOWNSHIP).param("body", body)
			.param("fine", fine).param("decided", decided).param("filed", filed).param("paid", paid)
			.param("paidOn", paidOn)
			.query(Long.class).single();
	}

	/** A clock of a case, due on a day, in a state, ended on a day or not. */
	void clock(long caseId, String kind, LocalDate due, String state, @Nullable LocalDate ended) {
		jdbc.sql("""
				insert into case_clock (case_id, kind, unit, started_on, length_units, due_on, state, ended_on)
				values (?, ?, 'DAYS', ?, 10, ?, ?, ?)""")
			.params(caseId, kind, due.minusDays(10), due, state, ended).update();
	}

	/** An instalment of a case's fine, paid on a day or not. */
	void instalment(long caseId, int seq, LocalDate due, String amount, @Nullable LocalDate paidOn) {
		jdbc.sql("insert into case_instalment (case_id, seq, due_on, amount, paid_on) values (?, ?, ?, cast(? as numeric), ?)")
			.params(caseId, seq, due, amount, paidOn).update();
	}

	/** A whistle the body raised in the fixture's township: its id. */
	long whistle(long body, OffsetDateTime raised) {
		String type = jdbc.sql("select code from whistle_type order by code limit 1").query(String.class).single();
		return jdbc.sql("""
				insert into whistle (township_code, raised_by_org_id, raised_by_account_id, type_code, need, place_code,
				  place_text, report_minutes, arrive_minutes, resolve_working_days, state, raised_at, recorded_at)
				values (?, ?, 0, ?, '看板测试', ?, '测试地点', 30, 60, 5, 'OPEN', ?, now()) returning id""")
			.params(TOWNSHIP, body, type, TOWNSHIP, raised).query(Long.class).single();
	}

	/** A department summoned: to report within 30 minutes of the whistle, arrive within 60, resolve by a day. */
	void summons(long whistle, long department, OffsetDateTime raised, @Nullable OffsetDateTime acknowledged,
			@Nullable OffsetDateTime arrived, LocalDate resolveDue, @Nullable OffsetDateTime reported) {
		jdbc.sql("""
				insert into whistle_summons (whistle_id, department_id, responder_kind, state, report_due_at, arrive_due_at,
				  resolve_due_on, resolve_provisional, acknowledged_at, arrived_at, reported_at)
				values (?, ?, 'DEPARTMENT', ?, ?, ?, ?, false, ?, ?, ?)""")
			.params(whistle, department, reported != null ? "REPORTED" : arrived != null ? "ARRIVED"
					: acknowledged != null ? "ACKNOWLEDGED" : "SUMMONED", raised.plusMinutes(30), raised.plusMinutes(60),
					resolveDue, acknowledged, arrived, reported)
			.update();
	}

	/** A market subject of the fixture's township: its id. */
	long subject(long registeredBy) {
		return jdbc.sql("""
				insert into market_subject (kind, code, name, division_code, street_address, status,
				  registered_by_org_id, registered_at)
				values ('LEGAL_PERSON', ?, ?, ?, '看板测试路1号', 'ACTIVE', ?, now()) returning id""")
			.params("DB" + visitCode().substring(0, 12) + "0001", "看板测试商行" + unique, TOWNSHIP, registeredBy)
			.query(Long.class).single();
	}

	/** A visit led by the body (inspected on a day when recorded; else planned 30 days ahead): its id. */
	long visit(long subject, long lead, List<Long> departments, String state, @Nullable LocalDate inspectedOn) {
		LocalDate window = inspectedOn != null ? inspectedOn : LocalDate.now(ChinaTime.ZONE).plusDays(30);
		return jdbc.sql("""
				insert into inspection_visit (subject_id, subject_code, division_code, kind, trigger, lead_department_id,
				  department_ids, window_from, window_until, on_site, code, inspectors, state, created_by, created_at,
				  recorded_by, recorded_at, with_code, inspected_on, outcome)
				values (:subject, (select code from market_subject where id = :subject), :township, 'RANDOM', 'ROUTINE',
				  :lead, :departments, :window, :window, true, :code, '{DB1}', :state, 0, now(), :by,
				  cast(:at as timestamptz), :withCode, :on, :outcome) returning id""")
			.param("subject", subject).param("township", TOWNSHIP).param("lead", lead)
			.param("departments", departments.toArray(Long[]::new)).param("window", window).param("code", visitCode())
			.param("state", state).param("by", inspectedOn == null ? null : 0L)
			.param("at", inspectedOn == null ? null : inspectedOn + "T10:00:00+08:00")
			.param("withCode", inspectedOn == null ? null : true).param("on", inspectedOn)
			.param("outcome", inspectedOn == null ? null : "NO_PROBLEM")
			.query(Long.class).single();
	}

	/** A department's part of a visit, withdrawn or not. */
	void part(long visit, long department, boolean withdrawn) {
		jdbc.sql("""
				insert into inspection_visit_part (visit_id, department_id, item_ids, window_from, window_until,
				  inspectors, created_at, withdrawn_at)
				select id, ?, '{}', window_from, window_until, '{DB1}', now(), case when ? then now() end
				from inspection_visit where id = ?""")
			.params(department, withdrawn, visit).update();
	}

	/** A random visit code in inspection's alphabet. */
	private static String visitCode() {
		String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			code.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
		}
		return code.toString();
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

	/** The areas' rollup of an area (a county, prefecture or province), per day and per month, one line per row. */
	List<String> area(String code) {
		return jdbc.sql("""
				select concat_ws(' ', 'day', day, measure, dim, n, amount) from analytics_area_day where division_code = :code
				union all
				select concat_ws(' ', 'month', month, measure, dim, n, amount) from analytics_area_month
				where division_code = :code
				order by 1""")
			.param("code", code)
			.query(String.class)
			.list();
	}

	/** The township × body counters under an area's code summed as {@link #area} shows the areas' rollup. */
	List<String> countersSummedAsArea(String code) {
		return jdbc.sql("""
				select concat_ws(' ', 'day', day, measure, dim, sum(n), sum(amount)) from analytics_counter
				where division_code like :prefix group by day, measure, dim
				union all
				select concat_ws(' ', 'month', month, measure, dim, sum(n), sum(amount)) from analytics_counter_month
				where division_code like :prefix group by month, measure, dim
				order by 1""")
			.param("prefix", code + "%")
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
