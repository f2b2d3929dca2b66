package cn.oneteam.platform;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/**
 * Run in a child JVM by {@link EmbeddedPostgresConfigurationTests}: starts the embedded server on a data directory,
 * commits a row, says so, and waits to be killed.
 */
public final class EmbeddedPostgresChild {

	private EmbeddedPostgresChild() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedPostgresServer.Running running = EmbeddedPostgresServer.start(Path.of(args[0]), 0);
		try (Connection c = running.dataSource("postgres").getConnection(); Statement s = c.createStatement()) {
			s.execute("create table acknowledged (note text)");
			s.execute("insert into acknowledged values ('committed before the kill')");
		}
		System.out.println("READY " + running.postgres().getPort());
		System.out.flush();
		Thread.sleep(600_000);
	}
}
