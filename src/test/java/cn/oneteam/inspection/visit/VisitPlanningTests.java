package cn.oneteam.inspection.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import cn.oneteam.IntegrationTest;
import cn.oneteam.inspection.SubjectCodes;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.IdNumber;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.quiet.InspectionTrigger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Planning visits (docs/adr/0027-visits-and-codes.md, docs/adr/0028-joint-visits.md): two plans of one subject at once
 * make one visit (the subject's plan lock), a visit whose window is over is never joined, the API never answers a
 * natural person's whole number, a division filter is normalised, and the default year comes from the clock.
 */
class VisitPlanningTests extends IntegrationTest {

	private static final String HEAD = "dlh.head";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Visits visits;

	@Autowired
	private Organizations organizations;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private PlatformTransactionManager transactions;

	private final LocalDate today = LocalDate.now(ChinaTime.ZONE);

	private long org(String code) {
		return organizations.findByCode(code).orElseThrow().id().value();
	}

	private long account() {
		return ((ScopedPrincipal) users.loadUserByUsername(HEAD)).accountId();
	}

	/** A subject id no other test uses (visits do not reference the register). */
	private static long subject() {
		return ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
	}

	private static PlannedPart part(long subject, String code, long department, LocalDate from, LocalDate until) {
		return new PlannedPart(subject, code, "632802100", null, null, department, List.of(), from, until, false,
				InspectionTrigger.ROUTINE, List.of("TEST-" + department));
	}

	private static PlannedPart part(long subject, long department, LocalDate from, LocalDate until) {
		return part(subject, "91632802MA0" + subject % 10_000_000, department, from, until);
	}

	private List<Long> visitsOf(long subject) {
		return jdbc.sql("select id from inspection_visit where subject_id = ? order by id").param(subject)
			.query(Long.class).list();
	}

	private long partsOf(long visit) {
		return jdbc.sql("select count(*) from inspection_visit_part where visit_id = ?").param(visit)
			.query(Long.class).single();
	}

	@Test
	void twoPlansOfOneSubjectWithNoOpenVisitMakeOneVisitNotTwo() throws Exception {
		long subject = subject();
		long market = org("632802-scjg");
		long ecology = org("632802-sthj");
		long account = account();
		LocalDate from = today.plusDays(5);
		TransactionTemplate tx = new TransactionTemplate(transactions);
		CountDownLatch firstPlanned = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<?> first = pool.submit(() -> tx.executeWithoutResult(s -> {
				visits.plan(List.of(part(subject, market, from, from.plusDays(20))), VisitKind.RANDOM, "并发测试一",
						account);
				firstPlanned.countDown();
				try {
					release.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}));
			assertThat(firstPlanned.await(60, TimeUnit.SECONDS)).isTrue();
			Future<?> second = pool.submit(() -> tx.executeWithoutResult(s -> visits
				.plan(List.of(part(subject, ecology, from, from.plusDays(20))), VisitKind.RANDOM, "并发测试二", account)));
			// the second plan waits for a lock the first holds (the subject's, as it must) or has planned its own visit
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			while (!second.isDone() && waiting() == 0 && System.nanoTime() < deadline) {
				Thread.sleep(5);
			}
			assertThat(waiting(subject)).as("the second plan waits for the subject's lock").isOne();
			release.countDown();
			first.get(60, TimeUnit.SECONDS);
			second.get(60, TimeUnit.SECONDS);
		}
		finally {
			release.countDown();
			pool.shutdownNow();
		}
		List<Long> made = visitsOf(subject);
		assertThat(made).hasSize(1);
		assertThat(partsOf(made.get(0))).isEqualTo(2);
	}

	private long waiting() {
		return jdbc.sql("select count(*) from pg_locks where not granted").query(Long.class).single();
	}

	private long waiting(long subject) {
		return jdbc.sql("""
				select count(*) from pg_locks where locktype = 'advisory' and not granted and classid = ? and objid = ?""")
			.params(Visits.SUBJECT_LOCKS, subject % 2147483647)
			.query(Long.class)
			.single();
	}

	@Test
	void aPlannedVisitWhoseWindowEndedYesterdayIsNotJoinedOneEndingTodayIs() {
		long market = org("632802-scjg");
		long ecology = org("632802-sthj");
		long account = account();

		long over = subject();
		visits.plan(List.of(part(over, market, today.minusDays(10), today.minusDays(1))), VisitKind.RANDOM, "窗口已过",
				account);
		visits.plan(List.of(part(over, ecology, today.minusDays(5), today.plusDays(5))), VisitKind.RANDOM, "后来的任务",
				account);
		assertThat(visitsOf(over)).hasSize(2);

		long lastDay = subject();
		visits.plan(List.of(part(lastDay, market, today.minusDays(10), today)), VisitKind.RANDOM, "今天截止", account);
		visits.plan(List.of(part(lastDay, ecology, today.minusDays(5), today.plusDays(5))), VisitKind.RANDOM,
				"后来的任务", account);
		assertThat(visitsOf(lastDay)).hasSize(1);
		assertThat(partsOf(visitsOf(lastDay).get(0))).isEqualTo(2);
	}

	@Test
	void theApiShowsANaturalPersonsNumberMaskedAndNeverWhole() throws Exception {
		long subject = subject();
		String number = IdNumber.complete("63280219800101" + String.format("%03d", subject % 1000)).value();
		long visit = visits.plan(List.of(part(subject, number, org("632802-zhzf"), today, today.plusDays(3))),
				VisitKind.RANDOM, "个体工商户（测试）", account()).get(0).id();

		String body = mvc.perform(get("/api/v1/inspections/visits/{id}", visit).with(as(HEAD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.visit.subject").value(SubjectCodes.shown(number)))
			.andExpect(jsonPath("$.visit.subjectCode").doesNotExist())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(SubjectCodes.shown(number)).isNotEqualTo(number);
		assertThat(body).doesNotContain(number).doesNotContain(number.substring(6, 14));
	}

	@Test
	void aDivisionFilterIsNormalisedAsEverywhere() throws Exception {
		int year = today.getYear() + 7;
		long subject = subject();
		long visit = visits.plan(List.of(part(subject, org("632802-scjg"), LocalDate.of(year, 2, 1),
				LocalDate.of(year, 2, 20))), VisitKind.RANDOM, "区划筛选（测试）", account()).get(0).id();
		mvc.perform(get("/api/v1/inspections/visits").with(as(HEAD)).param("year", String.valueOf(year))
			.param("division", "632800").param("size", "200"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.visits[?(@.id == " + visit + ")]").isNotEmpty());
		mvc.perform(get("/api/v1/inspections/visits/merging").with(as(HEAD)).param("year", String.valueOf(year))
			.param("division", "632800"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.visits").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
	}

	@Test
	void theDefaultYearIsTheClocksInChina() {
		Clock newYearsEveUtc = Clock.fixed(Instant.parse("2031-12-31T17:00:00Z"), ZoneOffset.UTC);
		assertThat(VisitApiController.year(null, newYearsEveUtc)).isEqualTo(2032);
		assertThat(VisitApiController.year(2030, newYearsEveUtc)).isEqualTo(2030);
	}

	@Test
	void aCodeIsShownMaskedOnlyWhenItIsAnIdentityNumber() {
		String number = IdNumber.complete("11010519491231002").value();
		assertThat(SubjectCodes.shown(number)).isNotEqualTo(number).hasSize(number.length());
		assertThat(SubjectCodes.shown("91632802MA00000000")).isEqualTo("91632802MA00000000");
		assertThat(cn.oneteam.inspection.draw.DrawEngine.shown(number)).isEqualTo(SubjectCodes.shown(number));
	}
}
