package cn.oneteam.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 定时扫描: the one mechanism behind the scans that every instance schedules and one instance at a time runs (the case
 * clocks, the intake alerts, the whistle clocks, the record checkpoints). A module declares its scan once, by name and
 * advisory lock key, and hands it its work. Each run takes the key as a PostgreSQL transaction-level advisory lock
 * ({@code pg_try_advisory_xact_lock}): a run that finds it taken skips; the lock lasts exactly as long as the run's
 * transaction, so there is nothing to expire and no table to keep. A scheduled run that fails is rolled back and logged
 * with the scan's name, and the next one comes at its time (docs/adr/0017-scheduled-scans.md).
 */
@Component
public class ScheduledScans {

	private static final Logger log = LoggerFactory.getLogger(ScheduledScans.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Map<String, Scan> declared = new LinkedHashMap<>();

	ScheduledScans(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
	}

	/**
	 * Declares a scan: a name for the log and the advisory lock key that keeps two instances from running it at once.
	 * Names and keys are unique; a second scan with either is refused at startup.
	 */
	public synchronized Scan declare(String name, long lock) {
		for (Scan scan : declared.values()) {
			if (scan.name.equals(name) || scan.lock == lock) {
				throw new IllegalStateException("The scheduled scan " + name + " (lock " + lock
						+ ") clashes with the scan " + scan.name + " (lock " + scan.lock + "): each needs its own name and lock");
			}
		}
		Scan scan = new Scan(name, lock);
		declared.put(name, scan);
		return scan;
	}

	/** Every scan declared, in the order declared (tests hold their locks to keep them still). */
	public synchronized List<Scan> declared() {
		return new ArrayList<>(declared.values());
	}

	/** A declared scan: its name, its lock, and the two ways to run its work. */
	public final class Scan {

		private final String name;

		private final long lock;

		private Scan(String name, long lock) {
			this.name = name;
			this.lock = lock;
		}

		public String name() {
			return name;
		}

		/** The advisory lock key. */
		public long lock() {
			return lock;
		}

		/**
		 * One run under the lock, in the caller's transaction (or one of its own when there is none): the work's result,
		 * or empty when another instance holds the lock (the work is then not done). An error goes to the caller.
		 */
		public <T> Optional<T> run(Supplier<T> work) {
			return transactions.execute(status -> locked() ? Optional.of(work.get()) : Optional.<T>empty());
		}

		/**
		 * A scheduled run: in a transaction of its own, under the lock; {@code done} hears the result after commit. A run
		 * that finds the lock taken skips; a failing run is rolled back and logged, never thrown into the scheduler.
		 */
		public <T> void runScheduled(Supplier<T> work, Consumer<? super T> done) {
			Optional<T> result;
			try {
				result = run(work);
			}
			catch (RuntimeException e) {
				log.error("Scheduled scan {} failed and was rolled back; it runs again at its next time", name, e);
				return;
			}
			result.ifPresentOrElse(done, () -> log.debug("Scheduled scan {} skipped: another instance is running it", name));
		}

		/** A scheduled run of work that reports nothing (a purge): as {@link #runScheduled(Supplier, Consumer)}. */
		public void runScheduled(Runnable work) {
			runScheduled(() -> {
				work.run();
				return Boolean.TRUE;
			}, done -> {
			});
		}

		private boolean locked() {
			return Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(?)").param(lock)
				.query(Boolean.class).single());
		}

		@Override
		public String toString() {
			return name + " (lock " + lock + ")";
		}
	}
}
