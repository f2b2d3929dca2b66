package cn.oneteam.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import cn.oneteam.IntegrationTest;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The listening connection of the reference data's notifications kept alive (docs/adr/0054-responsibility-index.md):
 * its backend terminated, or its TCP connection silently dead (a relay that stops passing bytes both ways and closes
 * nothing, as a failover or a network fault leaves it), the listener reconnects, tells every copy to reload, and hears
 * other connections' notifications again. The listener under test goes through such a relay on loopback, with a
 * liveness period of one second.
 */
class ReferenceDataNotificationsTests extends IntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	private final List<ReferenceDataChanged> heard = new CopyOnWriteArrayList<>();

	private final AtomicInteger notices = new AtomicInteger();

	@Test
	void aListeningBackendTerminatedReconnectsReloadsAndHearsAgain() throws Exception {
		try (Relay relay = new Relay(dataSource)) {
			ReferenceDataNotifications listener = listenThrough(relay);
			try {
				hearsAfterReload(0);
				int reloads = reloads();
				assertThat(jdbc.sql("""
						select pg_terminate_backend(pid) from pg_stat_activity
						where client_port = ? and client_addr is not null""").param(relay.upstreamPort())
					.query(Boolean.class).single()).isTrue();
				hearsAfterReload(reloads);
			}
			finally {
				listener.stop();
			}
		}
	}

	@Test
	void aSilentlyDeadConnectionIsFoundByItsLivenessCheckAndReplaced() throws Exception {
		try (Relay relay = new Relay(dataSource)) {
			ReferenceDataNotifications listener = listenThrough(relay);
			try {
				hearsAfterReload(0);
				int reloads = reloads();
				relay.freeze(); // the connection open at both ends, nothing passing: only a check finds it
				hearsAfterReload(reloads);
			}
			finally {
				listener.stop();
			}
		}
	}

	private ReferenceDataNotifications listenThrough(Relay relay) {
		HikariDataSource pool = (HikariDataSource) dataSource;
		SimpleDriverDataSource throughRelay = new SimpleDriverDataSource(new Driver(), relay.url(), pool.getUsername(),
				pool.getPassword());
		ReferenceDataNotifications listener = new ReferenceDataNotifications(throughRelay,
				event -> heard.add((ReferenceDataChanged) event), 50, Duration.ofSeconds(1));
		listener.start();
		return listener;
	}

	/** Once more than {@code reloads} "anything changed" were heard, a notification sent now is heard too. */
	private void hearsAfterReload(int reloads) {
		await().atMost(PATIENCE).until(() -> reloads() > reloads);
		await().atMost(PATIENCE).until(() -> {
			// sent again until heard: one sent while the listener was between connections is lost, as in production
			String notice = "liveness-test:" + notices.incrementAndGet();
			jdbc.sql("select pg_notify(?, ?)").params(ReferenceDataNotifications.CHANNEL, notice).query().singleRow();
			Thread.sleep(200);
			return heard.stream().anyMatch(changed -> changed.notices().contains(notice));
		});
	}

	private int reloads() {
		return (int) heard.stream().filter(ReferenceDataChanged::anything).count();
	}

	/**
	 * A TCP relay on loopback to the tests' database; {@link #freeze} stops it passing bytes on the connections open
	 * then, in both directions, closing nothing, while new connections pass as before.
	 */
	private static final class Relay implements AutoCloseable {

		private static final Pattern HOST_AND_PORT = Pattern.compile("//([^:/]+):(\\d+)/");

		private final String url;

		private final String host;

		private final int port;

		private final ServerSocket server;

		private final List<Socket> sockets = new CopyOnWriteArrayList<>();

		private volatile int generation;

		private volatile int upstreamPort;

		Relay(DataSource dataSource) throws IOException {
			String target = ((HikariDataSource) dataSource).getJdbcUrl();
			Matcher m = HOST_AND_PORT.matcher(target);
			assertThat(m.find()).as(target).isTrue();
			this.host = m.group(1);
			this.port = Integer.parseInt(m.group(2));
			this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
			this.url = target.substring(0, m.start()) + "//127.0.0.1:" + server.getLocalPort() + "/"
					+ target.substring(m.end());
			Thread accept = new Thread(this::accept, "relay-accept");
			accept.setDaemon(true);
			accept.start();
		}

		String url() {
			return url;
		}

		/** The local port of the relay's latest connection to the database: the backend's client_port. */
		int upstreamPort() {
			return upstreamPort;
		}

		void freeze() {
			generation++;
		}

		private void accept() {
			while (!server.isClosed()) {
				try {
					Socket client = server.accept();
					Socket upstream = new Socket(host, port);
					sockets.add(client);
					sockets.add(upstream);
					upstreamPort = upstream.getLocalPort();
					int born = generation;
					pump(client.getInputStream(), upstream.getOutputStream(), born);
					pump(upstream.getInputStream(), client.getOutputStream(), born);
				}
				catch (IOException e) {
					return; // closed
				}
			}
		}

		private void pump(InputStream in, OutputStream out, int born) {
			Thread t = new Thread(() -> {
				byte[] buffer = new byte[8192];
				try {
					while (true) {
						while (generation != born) { // frozen: nothing read, nothing passed, nothing closed
							if (server.isClosed()) {
								return;
							}
							Thread.sleep(100);
						}
						int n = in.read(buffer);
						if (n < 0) {
							out.close();
							return;
						}
						if (generation != born) {
							continue; // frozen while reading: these bytes are lost, as on a dead link
						}
						out.write(buffer, 0, n);
						out.flush();
					}
				}
				catch (IOException | InterruptedException e) {
					// the relay closed
				}
			}, "relay-pump");
			t.setDaemon(true);
			t.start();
		}

		@Override
		public void close() throws IOException {
			server.close();
			for (Socket s : sockets) {
				s.close();
			}
		}
	}
}
