package cn.oneteam.platform;

import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import cn.oneteam.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one mechanism of the scheduled scans (docs/adr/0017-scheduled-scans.md), on the embedded PostgreSQL with no
 * application around it: a run that finds the lock taken skips, of two runs at once one runs, the lock lasts as long
 * as the run's transaction, and a failing scheduled run is rolled back and logged.
 */
@ExtendWith(OutputCaptureExtension.class)
class ScheduledScansTests {

	private static DataSource dataSource;

	private ScheduledScans scans;

	private JdbcClient jdbc;

	private DataSourceTransactionManager transactions;

	@BeforeAll
	static void database() {
		dataSource = TestDatabase.postgres().getPostgresDatabase();
		JdbcClient database = JdbcClient.create(dataSource);
		database.sql("create schema if not exists scheduled_scans_test").update();
		database.sql("create table if not exists scheduled_scans_test.run (name text not null)").update();
	}

	@BeforeEach
	void fresh() {
		transactions = new DataSourceTransactionManager(dataSource);
		jdbc = JdbcClient.create(dataSource);
		scans = new ScheduledScans(jdbc, transactions);
	}

	@Test
	void aRunThatFindsTheLockTakenSkipsWithoutDoingItsWork() throws Exception {
		ScheduledScans.Scan scan = scans.declare("held", 7_900_001L);
		AtomicBoolean worked = new AtomicBoolean();
		try (Connection other = dataSource.getConnection()) {
			lock(other, scan.lock());
			assertThat(scan.run(() -> worked.getAndSet(true))).isEmpty();
			assertThat(worked).isFalse();
			unlock(other, scan.lock());
		}
		assertThat(scan.run(() -> worked.getAndSet(true))).contains(false);
		assertThat(worked).isTrue();
	}

	@Test
	void ofTwoRunsAtOnceOneRunsAndTheOtherSkips() throws Exception {
		ScheduledScans.Scan scan = scans.declare("twice", 7_900_002L);
		CountDownLatch inside = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Optional<String>> first = CompletableFuture.supplyAsync(() -> scan.run(() -> {
			inside.countDown();
			await(release);
			return "first";
		}));
		assertThat(inside.await(1, TimeUnit.MINUTES)).isTrue();
		AtomicBoolean secondWorked = new AtomicBoolean();
		assertThat(scan.run(() -> secondWorked.getAndSet(true))).isEmpty();
		release.countDown();
		assertThat(first.get(1, TimeUnit.MINUTES)).contains("first");
		assertThat(secondWorked).isFalse();
	}

	@Test
	void theLockLastsAsLongAsTheTransactionTheRunJoined() throws Exception {
		ScheduledScans.Scan scan = scans.declare("joined", 7_900_003L);
		try (Connection other = dataSource.getConnection()) {
			new TransactionTemplate(transactions).executeWithoutResult(status -> {
				assertThat(scan.run(() -> "done")).contains("done");
				assertThat(tryLock(other, scan.lock())).as("held until the caller's transaction ends").isFalse();
			});
			assertThat(tryLock(other, scan.lock())).as("let go at commit").isTrue();
			unlock(other, scan.lock());
		}
	}

	@Test
	void aFailingScheduledRunIsRolledBackAndLoggedWithItsName(CapturedOutput output) {
		ScheduledScans.Scan scan = scans.declare("failing", 7_900_004L);
		AtomicReference<Object> heard = new AtomicReference<>();
		scan.runScheduled(() -> {
			jdbc.sql("insert into scheduled_scans_test.run (name) values ('failing')").update();
			throw new IllegalStateException("the scan broke");
		}, heard::set);
		assertThat(heard).hasNullValue();
		assertThat(jdbc.sql("select count(*) from scheduled_scans_test.run where name = 'failing'").query(Long.class)
			.single()).isZero();
		assertThat(output).contains("Scheduled scan failing failed and was rolled back", "the scan broke");
		// the next run is not held up by the failed one
		scan.runScheduled(() -> jdbc.sql("insert into scheduled_scans_test.run (name) values ('failing')").update(),
				heard::set);
		assertThat(heard).hasValue(1);
	}

	@Test
	void aScheduledRunCommitsItsWorkAndReportsAfterwards() {
		ScheduledScans.Scan scan = scans.declare("committing", 7_900_005L);
		AtomicReference<Long> seenAfterCommit = new AtomicReference<>();
		jdbc.sql("delete from scheduled_scans_test.run where name = 'committing'").update();
		scan.runScheduled(() -> jdbc.sql("insert into scheduled_scans_test.run (name) values ('committing')").update(),
				n -> seenAfterCommit.set(countFromAnotherConnection("committing")));
		assertThat(seenAfterCommit).hasValue(1L);
	}

	@Test
	void aNameOrLockDeclaredTwiceIsRefused() {
		scans.declare("case-clocks", 7_900_006L);
		assertThatThrownBy(() -> scans.declare("case-clocks", 7_900_007L)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("case-clocks");
		assertThatThrownBy(() -> scans.declare("other", 7_900_006L)).hasMessageContaining("7900006");
		assertThat(scans.declared()).extracting(ScheduledScans.Scan::name).isEqualTo(List.of("case-clocks"));
	}

	private long countFromAnotherConnection(String name) {
		return JdbcClient.create(dataSource).sql("select count(*) from scheduled_scans_test.run where name = ?")
			.param(name).query(Long.class).single();
	}

	private static void lock(Connection connection, long key) throws Exception {
		try (var statement = connection.prepareStatement("select pg_advisory_lock(?)")) {
			statement.setLong(1, key);
			statement.execute();
		}
	}

	private static boolean tryLock(Connection connection, long key) {
		try (var statement = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
			statement.setLong(1, key);
			try (var rs = statement.executeQuery()) {
				rs.next();
				return rs.getBoolean(1);
			}
		}
		catch (java.sql.SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void unlock(Connection connection, long key) throws Exception {
		try (var statement = connection.prepareStatement("select pg_advisory_unlock(?)")) {
			statement.setLong(1, key);
			statement.execute();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			if (!latch.await(1, TimeUnit.MINUTES)) {
				throw new IllegalStateException("never released");
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
