package cn.oneteam.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's own PostgreSQL on a data directory that outlives the process (docs/adr/0008-embedded-database-durability.md):
 * PostgreSQL's durable settings ({@code fsync}, {@code synchronous_commit}, {@code full_page_writes} on, where the
 * embedded library turns them off), password authentication (SCRAM-SHA-256) with a generated secret kept in the data
 * directory (owner-only), listening on the loopback interface only; and a server of this data directory left running
 * by a killed application is stopped before the new one starts.
 */
public final class EmbeddedPostgresServer {

	/** The superuser's password, generated at first start, readable by the owner only. */
	public static final String SECRET_FILE = "oneteam-postgres.secret";

	public static final String SUPERUSER = "postgres";

	static final String PG_HBA = """
			# OneTeam (docs/adr/0008-embedded-database-durability.md): password (SCRAM) for every connection, loopback only
			local   all             all                                     scram-sha-256
			host    all             all             127.0.0.1/32            scram-sha-256
			host    all             all             ::1/128                 scram-sha-256
			""";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final Duration STALE_FAST_SHUTDOWN = Duration.ofSeconds(60);

	private EmbeddedPostgresServer() {
	}

	/** A running server and the superuser's password. */
	public record Running(EmbeddedPostgres postgres, String password) {

		public PGSimpleDataSource dataSource(String database) {
			PGSimpleDataSource ds = new PGSimpleDataSource();
			ds.setServerNames(new String[] { "localhost" });
			ds.setPortNumbers(new int[] { postgres.getPort() });
			ds.setDatabaseName(database);
			ds.setUser(SUPERUSER);
			ds.setPassword(password);
			return ds;
		}

		public String jdbcUrl(String database) {
			return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
		}
	}

	/** Starts PostgreSQL on the data directory (created with initdb when empty), durable and password-protected. */
	public static Running start(Path dataDir, int port) throws IOException {
		Path dir = dataDir.toAbsolutePath().normalize();
		Files.createDirectories(dir);
		requireNoLiveOwner(dir);
		stopStaleServer(dir);
		boolean fresh = !Files.exists(dir.resolve("postgresql.conf"));
		Path secretFile = dir.resolve(SECRET_FILE);
		if (!fresh && !Files.exists(secretFile) && Files.exists(dir.resolve("pg_hba.conf"))
				&& Files.readString(dir.resolve("pg_hba.conf")).equals(PG_HBA)) {
			// a new secret would not open this server, and writing it would lock every later start out as well
			throw new IllegalStateException("The data directory " + dir + " requires a password, but its " + SECRET_FILE
					+ " is missing: restore that file (from where the directory was copied or backed up); nothing was"
					+ " changed (docs/adr/0008-embedded-database-durability.md)");
		}
		String secret = Files.exists(secretFile) ? Files.readString(secretFile).strip() : generateSecret();
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(dir)
			.setCleanDataDirectory(false)
			.setPort(port)
			.setPGStartupWait(Duration.ofSeconds(120))
			.setServerConfig("timezone", "Asia/Shanghai")
			// the library's defaults trade durability for speed; a committed, acknowledged write must survive a crash
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setServerConfig("listen_addresses", "localhost")
			.setServerConfig("password_encryption", "scram-sha-256")
			.setConnectConfig("password", secret);
		Path pwfile = null;
		if (fresh) {
			// initdb sets the password and SCRAM from the start: no moment with trust on a new data directory
			pwfile = Files.createTempFile("oneteam-pw", ".tmp",
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			Files.writeString(pwfile, secret + "\n");
			builder.setLocaleConfig("pwfile", pwfile.toString())
				.setLocaleConfig("auth-host", "scram-sha-256")
				.setLocaleConfig("auth-local", "scram-sha-256");
		}
		builder.setDataDirectoryCustomizer(directory -> {
			try {
				if (!Files.exists(secretFile)) {
					writeOwnerOnly(secretFile, secret);
				}
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
		EmbeddedPostgres postgres;
		try {
			postgres = builder.start();
		}
		finally {
			if (pwfile != null) {
				Files.deleteIfExists(pwfile);
			}
		}
		Running running = new Running(postgres, secret);
		try {
			secureExisting(running, dir);
		}
		catch (SQLException e) {
			postgres.close();
			throw new IOException("Could not set password authentication on " + dir, e);
		}
		return running;
	}

	/**
	 * A data directory made before password authentication (trust) gets the password and SCRAM now; idempotent on a
	 * directory that has them.
	 */
	private static void secureExisting(Running running, Path dir) throws SQLException, IOException {
		Path hba = dir.resolve("pg_hba.conf");
		if (Files.exists(hba) && Files.readString(hba).equals(PG_HBA)) {
			return;
		}
		try (Connection c = running.dataSource("postgres").getConnection(); Statement s = c.createStatement()) {
			s.execute("set password_encryption = 'scram-sha-256'");
			s.execute("alter role " + SUPERUSER + " password '" + running.password().replace("'", "''") + "'");
			writeOwnerOnly(hba, PG_HBA);
			s.execute("select pg_reload_conf()");
		}
		log.info("Embedded PostgreSQL in {} now requires a password (SCRAM)", dir);
	}

	static void writeOwnerOnly(Path file, String content) throws IOException {
		Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
		Files.deleteIfExists(tmp);
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		Files.writeString(tmp, content, StandardCharsets.UTF_8);
		try {
			Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException e) {
			Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static String generateSecret() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * A running application holds the data directory's {@code epg-lock} (the embedded library's file lock) for as long
	 * as it lives; the operating system releases it when the process dies, even by {@code kill -9}. While another
	 * process holds it, its server is not stale: this start is refused and nothing is signalled.
	 */
	static void requireNoLiveOwner(Path dir) throws IOException {
		Path lockFile = dir.resolve("epg-lock");
		if (!Files.exists(lockFile)) {
			return;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
			FileLock lock;
			try {
				lock = channel.tryLock();
			}
			catch (OverlappingFileLockException e) {
				lock = null; // this very process runs a server on the directory
			}
			if (lock == null) {
				throw new IllegalStateException("The data directory " + dir + " is in use by another running OneTeam"
						+ " (or another embedded PostgreSQL); stop it first, or give this one its own"
						+ " oneteam.embedded-postgres.data-dir (docs/adr/0008-embedded-database-durability.md)");
			}
			lock.release();
		}
	}

	/**
	 * After {@code kill -9} of the application its PostgreSQL keeps running and holds the data directory. The lock
	 * file {@code postmaster.pid} names the process (line 1), its data directory (line 2) and port (line 4). A
	 * process that is the PostgreSQL of this data directory (its command is {@code postgres} and its working
	 * directory is this data directory) gets a fast shutdown (SIGINT); nothing else is ever signalled. A lock file
	 * whose process is gone, or is another program now, while no process works in the data directory, is removed.
	 */
	static void stopStaleServer(Path dir) throws IOException {
		Path pidFile = dir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.size() < 2 || !lines.get(0).strip().matches("\\d+")) {
			return;
		}
		long pid = Long.parseLong(lines.get(0).strip());
		Path recorded = Path.of(lines.get(1).strip());
		if (!Files.exists(recorded) || !Files.isSameFile(recorded, dir)) {
			log.warn("{} names data directory {}, not {}; left alone", pidFile, recorded, dir);
			return;
		}
		String port = lines.size() > 3 ? lines.get(3).strip() : "?";
		Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(p -> p.isAlive() && !zombie(p.pid()));
		if (process.isPresent() && isPostgresOf(process.get(), dir)) {
			log.warn("PostgreSQL {} of {} (port {}) was left running by a previous run; stopping it (fast shutdown)",
					pid, dir, port);
			signal("INT", pid);
			if (!awaitStop(pidFile, pid, STALE_FAST_SHUTDOWN)) {
				log.warn("PostgreSQL {} did not stop within {}; immediate shutdown", pid, STALE_FAST_SHUTDOWN);
				signal("QUIT", pid);
				if (!awaitStop(pidFile, pid, Duration.ofSeconds(30))) {
					throw new IllegalStateException("PostgreSQL " + pid + " of " + dir + " does not stop");
				}
			}
			return;
		}
		// the process is gone (or a zombie, or another program has its number): once no server process of this
		// directory remains, the lock file is stale
		if (Files.isDirectory(Path.of("/proc")) && processesWorkingIn(dir).isEmpty()) {
			log.warn("Removing stale {} (process {} is not a PostgreSQL of this directory)", pidFile, pid);
			Files.deleteIfExists(pidFile);
		}
	}

	private static boolean awaitStop(Path pidFile, long pid, Duration wait) {
		long deadline = System.nanoTime() + wait.toNanos();
		while (System.nanoTime() < deadline) {
			if (!Files.exists(pidFile) || ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isEmpty() || zombie(pid)) {
				return true;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return false;
	}

	static boolean isPostgresOf(ProcessHandle process, Path dir) {
		Optional<String> command = process.info().command();
		if (command.isEmpty() || !Path.of(command.get()).getFileName().toString().equals("postgres")) {
			return false;
		}
		Path cwd = Path.of("/proc", Long.toString(process.pid()), "cwd");
		try {
			if (Files.exists(cwd)) {
				// PostgreSQL works in its data directory
				return Files.isSameFile(cwd.toRealPath(), dir);
			}
		}
		catch (IOException e) {
			return false;
		}
		// without /proc: the server was started with "-D <dir>"
		String[] args = process.info().arguments().orElse(new String[0]);
		for (int i = 0; i + 1 < args.length; i++) {
			if (args[i].equals("-D") && Path.of(args[i + 1]).toAbsolutePath().normalize().equals(dir)) {
				return true;
			}
		}
		return false;
	}

	private static List<Long> processesWorkingIn(Path dir) {
		try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
			return procs.filter(p -> p.getFileName().toString().matches("\\d+"))
				.filter(p -> {
					try {
						return Files.isSameFile(p.resolve("cwd").toRealPath(), dir)
								&& !zombie(Long.parseLong(p.getFileName().toString()));
					}
					catch (IOException | SecurityException e) {
						return false;
					}
				})
				.map(p -> Long.parseLong(p.getFileName().toString()))
				.toList();
		}
		catch (IOException e) {
			return List.of(-1L);
		}
	}

	private static boolean zombie(long pid) {
		String stat = readStat(pid);
		if (stat == null) {
			return false;
		}
		int close = stat.lastIndexOf(')');
		return close > 0 && stat.length() > close + 2 && stat.charAt(close + 2) == 'Z';
	}

	private static @Nullable String readStat(long pid) {
		try {
			return Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
		}
		catch (IOException e) {
			return null;
		}
	}

	private static void signal(String signal, long pid) throws IOException {
		try {
			new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while signalling " + pid, e);
		}
	}
}
