package cn.oneteam.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Listens on PostgreSQL channel {@code oneteam_catalog} with one dedicated connection, opened with the pool's URL and
 * credentials but outside the pool (a pooled connection would be held for good and hidden from the pool's
 * accounting), and publishes {@link ReferenceDataChanged} for every burst of notifications: after the first one it
 * gathers more until the channel is quiet for the debounce time (at most ten times that), so that an import of
 * thousands of rows makes one event. When the connection breaks it reopens it with growing back-off and then
 * publishes "anything changed", since notifications sent meanwhile are lost (docs/adr/0054-responsibility-index.md).
 * A connection that broke without a word — half-open after a failover or a network fault, where a listener only
 * waiting would wait for good — is found by a liveness check: after {@code oneteam.catalog.notification-liveness} of
 * quiet it sends an empty query, answered within the same time or taken as broken; the connection also asks the
 * operating system for TCP keepalive.
 */
@Component
class ReferenceDataNotifications implements SmartLifecycle {

	static final String CHANNEL = "oneteam_catalog";

	private static final Logger log = LoggerFactory.getLogger(ReferenceDataNotifications.class);

	private static final long MAX_BACK_OFF_MILLIS = 30_000;

	private final DataSource dataSource;

	private final ApplicationEventPublisher events;

	private final int debounceMillis;

	private final Duration liveness;

	private volatile boolean running;

	private volatile @Nullable Connection connection;

	private @Nullable Thread thread;

	ReferenceDataNotifications(DataSource dataSource, ApplicationEventPublisher events,
			@Value("${oneteam.catalog.notification-debounce-ms:50}") int debounceMillis,
			@Value("${oneteam.catalog.notification-liveness:PT30S}") Duration liveness) {
		this.dataSource = dataSource;
		this.events = events;
		this.debounceMillis = debounceMillis;
		this.liveness = liveness;
	}

	@Override
	public synchronized void start() {
		running = true;
		Thread listener = new Thread(this::listen, "reference-data-notifications");
		listener.setDaemon(true);
		listener.start();
		thread = listener;
	}

	@Override
	public synchronized void stop() {
		running = false;
		closeQuietly(connection);
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join(5_000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			thread = null;
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void listen() {
		long backOff = 500;
		while (running) {
			try (Connection c = open()) {
				connection = c;
				try (Statement listen = c.createStatement()) {
					listen.execute("listen " + CHANNEL);
				}
				backOff = 500;
				// notifications sent while nobody listened are lost: whoever keeps a copy reloads it
				publish(Set.of(), true);
				PGConnection pg = c.unwrap(PGConnection.class);
				long heard = System.nanoTime();
				while (running) {
					Set<String> burst = gather(pg);
					if (!burst.isEmpty()) {
						publish(burst, false);
						heard = System.nanoTime();
					}
					else if (System.nanoTime() - heard >= liveness.toNanos()) {
						if (!c.isValid(livenessSeconds())) {
							throw new SQLException("no answer within " + liveness + " on a quiet connection");
						}
						heard = System.nanoTime();
					}
				}
			}
			catch (SQLException | RuntimeException e) {
				if (!running) {
					return;
				}
				log.warn("Listening on {} failed ({}); reconnecting in {} ms", CHANNEL, e.getMessage(), backOff);
				try {
					Thread.sleep(backOff);
				}
				catch (InterruptedException interrupted) {
					return;
				}
				backOff = Math.min(MAX_BACK_OFF_MILLIS, backOff * 2);
			}
			finally {
				connection = null;
			}
		}
	}

	/** The liveness check's time to answer, in the whole seconds a connection's check takes. */
	private int livenessSeconds() {
		return (int) Math.max(1, liveness.toSeconds());
	}

	/** Waits up to a second for a notification, then gathers the burst it starts. */
	private Set<String> gather(PGConnection pg) throws SQLException {
		Set<String> notices = new LinkedHashSet<>();
		PGNotification[] first = pg.getNotifications(1_000);
		if (first == null || first.length == 0) {
			return notices;
		}
		add(notices, first);
		long deadline = System.nanoTime() + 10L * debounceMillis * 1_000_000;
		while (System.nanoTime() < deadline) {
			PGNotification[] more = pg.getNotifications(debounceMillis);
			if (more == null || more.length == 0) {
				break;
			}
			add(notices, more);
		}
		return notices;
	}

	private static void add(Set<String> notices, PGNotification[] notifications) {
		for (PGNotification n : notifications) {
			notices.add(n.getParameter());
		}
	}

	private void publish(Set<String> notices, boolean anything) {
		try {
			events.publishEvent(new ReferenceDataChanged(Set.copyOf(notices), anything));
		}
		catch (RuntimeException e) {
			// a listener failed (the database away?): the copies stay as they are until the next notification
			log.warn("Reloading reference data after a notification failed", e);
		}
	}

	private Connection open() throws SQLException {
		if (dataSource.isWrapperFor(HikariDataSource.class)) {
			HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
			Properties properties = new Properties();
			if (pool.getUsername() != null) {
				properties.setProperty("user", pool.getUsername());
			}
			if (pool.getPassword() != null) {
				properties.setProperty("password", pool.getPassword());
			}
			properties.setProperty("tcpKeepAlive", "true");
			return DriverManager.getConnection(pool.getJdbcUrl(), properties);
		}
		return dataSource.getConnection(); // not a pool: a connection of its own already
	}

	private static void closeQuietly(@Nullable Connection c) {
		if (c != null) {
			try {
				c.close();
			}
			catch (SQLException ignored) {
				// closing only to wake the listener up
			}
		}
	}
}
