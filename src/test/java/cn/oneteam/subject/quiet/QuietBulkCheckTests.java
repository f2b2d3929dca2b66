package cn.oneteam.subject.quiet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import cn.oneteam.IntegrationTest;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.CreditCode;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.SubjectInputs;
import cn.oneteam.subject.SubjectKind;
import cn.oneteam.subject.Subjects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The bulk check answers exactly what the single check answers, query by query, over mixed cases — a quiet entry
 * (passed by a 个案 trigger, only a warning for a key item, 无感监管 only on site, an ended one), caps reached with WARN
 * and BLOCK, a body's cap over its domain's, exempt triggers, a key item, another year, and the calendar block — and
 * reads the database twice whatever the number of queries (docs/adr/0031-inspection-burden.md).
 */
class QuietBulkCheckTests extends IntegrationTest {

	@Autowired
	private QuietPeriods quiet;

	@Autowired
	private Subjects subjects;

	@Autowired
	private ApplicationEventPublisher publisher;

	@Autowired
	private Clock clock;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private UserDetailsService users;

	private final AtomicInteger statements = new AtomicInteger();

	private long subject() {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			body.append(ThreadLocalRandom.current().nextInt(10));
		}
		String code = CreditCode.complete("91632802" + body).value();
		ScopedPrincipal officer = (ScopedPrincipal) users.loadUserByUsername("dlh.officer1");
		return actingAs("dlh.officer1", () -> subjects.register(new SubjectInputs.Registration(SubjectKind.LEGAL_PERSON,
				code, "批量静默测试有限公司", "632802100", "长江路 11 号", null, null), officer).id());
	}

	private QuietEntry entry(long subject, QuietKind kind) {
		ScopedPrincipal officer = (ScopedPrincipal) users.loadUserByUsername("dlh.officer1");
		return actingAs("dlh.officer1", () -> quiet.add(subject, new QuietInputs.Entry(kind,
				LocalDate.now(ChinaTime.ZONE), null, "批量检查测试", "德令哈市市场监督管理局"), officer));
	}

	private void cap(InspectionCap.Scope scope, String key, int cap, InspectionCap.OnReach onReach,
			Set<InspectionTrigger> exempt) {
		ScopedPrincipal admin = (ScopedPrincipal) users.loadUserByUsername("admin");
		actingAs("admin", () -> quiet.setCap(new QuietInputs.Cap(scope, key, 2050, cap, onReach, exempt, "批量检查测试"),
				admin));
	}

	/** The data source of the context, counting the statements prepared on it. */
	private DataSource counting() {
		return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { DataSource.class },
				(proxy, method, args) -> {
					Object result = invoke(dataSource, method, args);
					if (result instanceof Connection connection) {
						return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
								(p, m, a) -> {
									if (m.getName().startsWith("prepare") || m.getName().equals("createStatement")) {
										statements.incrementAndGet();
									}
									return invoke(connection, m, a);
								});
					}
					return result;
				});
	}

	private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException e) {
			throw e.getCause();
		}
	}

	@Test
	void theBulkCheckAnswersAsTheSingleCheckInTwoQueries() {
		long quietOne = subject();
		long remote = subject();
		long ended = subject();
		long plain = subject();
		entry(quietOne, QuietKind.EXEMPT);
		entry(remote, QuietKind.REMOTE_ONLY);
		QuietEntry toEnd = entry(ended, QuietKind.NO_DISTURB);
		actingAs("dlh.officer1", () -> quiet.end(ended, toEnd.id(), new QuietInputs.Ending(null, "测试结束"),
				(ScopedPrincipal) users.loadUserByUsername("dlh.officer1")));
		String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000));
		String block = "bulk-block-" + suffix;
		String warn = "bulk-warn-" + suffix;
		String domain = "bulk-domain-" + suffix;
		String none = "bulk-none-" + suffix;
		cap(InspectionCap.Scope.BODY, block, 2, InspectionCap.OnReach.BLOCK, null);
		cap(InspectionCap.Scope.BODY, warn, 2, InspectionCap.OnReach.WARN, null);
		cap(InspectionCap.Scope.DOMAIN, domain, 1, InspectionCap.OnReach.BLOCK, Set.of(InspectionTrigger.COMPLAINT));

		LocalDate late = LocalDate.of(2050, 3, 25);
		LocalDate early = LocalDate.of(2050, 3, 5);
		InspectionTrigger routine = InspectionTrigger.ROUTINE;
		List<InspectionQuery> queries = List.of(
				new InspectionQuery(quietOne, none, null, late, routine, true, false, 0),
				new InspectionQuery(quietOne, none, null, late, InspectionTrigger.COMPLAINT, true, false, 0),
				new InspectionQuery(quietOne, none, null, late, routine, true, true, 0),
				new InspectionQuery(remote, none, null, late, routine, false, false, 0),
				new InspectionQuery(remote, none, null, late, routine, true, false, 0),
				new InspectionQuery(ended, none, null, late, routine, true, false, 0),
				new InspectionQuery(plain, block, null, late, routine, true, false, 2),
				new InspectionQuery(plain, block, null, late, routine, true, false, 1),
				new InspectionQuery(plain, block, null, late, routine, true, true, 3),
				new InspectionQuery(plain, block, null, late, InspectionTrigger.CAMPAIGN_BY_SUPERIOR, true, false, 5),
				new InspectionQuery(plain, warn, null, late, routine, true, false, 2),
				new InspectionQuery(plain, none, domain, late, routine, true, false, 1),
				new InspectionQuery(plain, block, domain, late, routine, true, false, 1),
				new InspectionQuery(plain, none, domain, late, InspectionTrigger.COMPLAINT, true, false, 4),
				new InspectionQuery(plain, block, null, LocalDate.of(2051, 3, 25), routine, true, false, 9),
				new InspectionQuery(plain, none, null, early, routine, true, false, 0),
				new InspectionQuery(plain, none, null, early, InspectionTrigger.SAFETY, true, false, 0),
				new InspectionQuery(quietOne, " " + block + " ", null, early, routine, false, false, 2));

		// the application's settings (no calendar block) and one with the calendar block on, counting statements
		QuietPeriods calendarBlock = new QuietPeriods(new QuietRepository(JdbcClient.create(counting())), subjects,
				new QuietSettings(null, new QuietSettings.CalendarBlock(true, 1, 20, null)), publisher, clock);
		for (QuietPeriods periods : List.of(quiet, calendarBlock)) {
			List<QuietAnswer> single = new ArrayList<>();
			queries.forEach(q -> single.add(periods.check(q)));
			assertThat(periods.checkAll(queries)).containsExactlyElementsOf(single);
		}

		List<QuietAnswer> answers = calendarBlock.checkAll(queries);
		assertThat(answers).extracting(QuietAnswer::outcome).containsExactly(QuietOutcome.BLOCKED, QuietOutcome.ALLOWED,
				QuietOutcome.WARN, QuietOutcome.ALLOWED, QuietOutcome.BLOCKED, QuietOutcome.ALLOWED,
				QuietOutcome.BLOCKED, QuietOutcome.ALLOWED, QuietOutcome.WARN, QuietOutcome.ALLOWED, QuietOutcome.WARN,
				QuietOutcome.BLOCKED, QuietOutcome.ALLOWED, QuietOutcome.ALLOWED, QuietOutcome.ALLOWED,
				QuietOutcome.BLOCKED, QuietOutcome.ALLOWED, QuietOutcome.BLOCKED);
		assertThat(answers.get(0).has(QuietReason.QUIET_ENTRY)).isTrue();
		assertThat(answers.get(1).has(QuietReason.QUIET_PASSED)).isTrue();
		assertThat(answers.get(6).has(QuietReason.CAP_REACHED)).isTrue();
		assertThat(answers.get(9).has(QuietReason.CAP_EXEMPT)).isTrue();
		assertThat(answers.get(13).has(QuietReason.CAP_EXEMPT)).isTrue();
		assertThat(answers.get(15).has(QuietReason.CALENDAR_BLOCK)).isTrue();
		assertThat(answers.get(16).has(QuietReason.CALENDAR_EXEMPT)).isTrue();
		assertThat(answers.get(17).has(QuietReason.CAP_REACHED)).isTrue();
		assertThat(quiet.checkAll(queries).get(15).outcome()).isEqualTo(QuietOutcome.ALLOWED);

		// two statements for one query or eighteen; the single check costs two each
		statements.set(0);
		calendarBlock.checkAll(queries);
		assertThat(statements.get()).isEqualTo(2);
		statements.set(0);
		calendarBlock.checkAll(queries.subList(0, 1));
		assertThat(statements.get()).isEqualTo(2);
		statements.set(0);
		queries.forEach(calendarBlock::check);
		assertThat(statements.get()).isEqualTo(2 * queries.size());

		assertThat(quiet.checkAll(List.of())).isEmpty();
		assertThatThrownBy(() -> quiet.checkAll(List.of(queries.get(0),
				new InspectionQuery(plain, none, null, late, routine, true, false, -1))))
			.isInstanceOf(QuietViolation.class)
			.hasMessageContaining("quiet.made-negative");
	}
}
