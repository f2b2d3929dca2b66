package cn.oneteam.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.LoggerFactory;

/**
 * Backup and restore of the embedded PostgreSQL with PostgreSQL's own means (docs/adr/0008-embedded-database-durability.md):
 * an online base backup through the server's low-level backup functions ({@code pg_backup_start} /
 * {@code pg_backup_stop}, the WAL held by a temporary replication slot while the files are copied), and a restore that
 * copies the backup into a fresh data directory, where the first start of {@code postgres} replays the backup's WAL
 * to a consistent state. The embedded binaries ship only {@code initdb}, {@code pg_ctl} and {@code postgres}, so the
 * copying is done here rather than by {@code pg_basebackup}.
 * <p>
 * From the packaged application: {@code java -cp oneteam.jar -Dloader.main=cn.oneteam.platform.EmbeddedPostgresBackup
 * org.springframework.boot.loader.launch.PropertiesLauncher backup DATA_DIR TARGET} (the server must be running) or
 * {@code … restore BACKUP NEW_DATA_DIR} (see ops/backup.sh and ops/restore.sh).
 */
public final class EmbeddedPostgresBackup {

	/** What the copy leaves out (PostgreSQL's documentation on base backups) or recreates empty. */
	private static final Set<String> SKIPPED_FILES = Set.of("postmaster.pid", "postmaster.opts", "epg-lock",
			"backup_label", "tablespace_map", "backup_label.old", "tablespace_map.old");

	private static final Set<String> EMPTIED_DIRECTORIES = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify",
			"pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");

	public static final String MANIFEST = "oneteam-backup.txt";

	private EmbeddedPostgresBackup() {
	}

	/** What a backup holds. */
	public record Backup(Path directory, String startWal, String stopWal, long bytes, Duration took) {
	}

	/**
	 * Takes an online base backup of the server the data source reaches (as a superuser) into {@code target}, which
	 * must not exist yet. Writes go on meanwhile; the backup is consistent as of its end.
	 */
	public static Backup backup(DataSource superuser, Path target) throws IOException, SQLException {
		long started = System.nanoTime();
		if (Files.exists(target)) {
			throw new IOException(target + " exists; a backup goes into a new directory");
		}
		try (Connection c = superuser.getConnection(); Statement s = c.createStatement()) {
			c.setAutoCommit(true);
			Path dataDir = Path.of(single(s, "show data_directory"));
			String slot = "oneteam_backup_" + UUID.randomUUID().toString().replace("-", "");
			// temporary: dropped when this session ends, holds every WAL segment from now on until then
			s.execute("select pg_create_physical_replication_slot('" + slot + "', true, true)");
			single(s, "select pg_backup_start('oneteam " + Instant.now() + "', true)::text");
			Files.createDirectories(target.getParent() == null ? Path.of(".") : target.getParent());
			copyData(dataDir, target);
			String stopLsn;
			String label;
			String tablespaceMap;
			try (ResultSet rs = s.executeQuery("select lsn::text, labelfile, spcmapfile from pg_backup_stop(false)")) {
				rs.next();
				stopLsn = rs.getString(1);
				label = rs.getString(2);
				tablespaceMap = rs.getString(3);
			}
			String stopWal = single(s, "select pg_walfile_name('" + stopLsn + "')");
			String startWal = label.lines()
				.filter(l -> l.startsWith("START WAL LOCATION"))
				.map(l -> l.replaceAll(".*\\(file ([0-9A-F]{24})\\).*", "$1"))
				.findFirst()
				.orElseThrow(() -> new IOException("no START WAL LOCATION in the backup label"));
			Files.writeString(target.resolve("backup_label"), label);
			if (tablespaceMap != null && !tablespaceMap.isBlank()) {
				Files.writeString(target.resolve("tablespace_map"), tablespaceMap);
			}
			copyWal(dataDir.resolve("pg_wal"), target.resolve("pg_wal"), startWal, stopWal);
			String version = single(s, "show server_version");
			Files.writeString(target.resolve(MANIFEST), """
					OneTeam embedded PostgreSQL base backup
					server_version=%s
					data_directory=%s
					start_wal=%s
					stop_lsn=%s
					stop_wal=%s
					finished=%s
					Restore with ops/restore.sh into a fresh directory (docs/adr/0008-embedded-database-durability.md).
					""".formatted(version, dataDir, startWal, stopLsn, stopWal, Instant.now()));
			return new Backup(target, startWal, stopWal, size(target), Duration.ofNanos(System.nanoTime() - started));
		}
	}

	/**
	 * Copies a backup into {@code dataDir} (absent or empty), owner-only as PostgreSQL requires. The next start of
	 * the server on it replays the backup's WAL (its {@code backup_label} says from where) before it accepts
	 * connections.
	 */
	public static void restore(Path backup, Path dataDir) throws IOException {
		if (!Files.exists(backup.resolve("backup_label")) || !Files.exists(backup.resolve("PG_VERSION"))) {
			throw new IOException(backup + " is not a backup (no backup_label or PG_VERSION)");
		}
		if (Files.exists(dataDir)) {
			try (Stream<Path> entries = Files.list(dataDir)) {
				if (entries.findAny().isPresent()) {
					throw new DirectoryNotEmptyException(dataDir + " (restore goes into a fresh data directory)");
				}
			}
		}
		Files.createDirectories(dataDir);
		copyTree(backup, dataDir, p -> !p.getFileName().toString().equals(MANIFEST));
		try {
			Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
		}
		catch (UnsupportedOperationException e) {
			// not a POSIX file system: PostgreSQL does not check it there either
		}
	}

	private static void copyData(Path dataDir, Path target) throws IOException {
		copyTree(dataDir, target, source -> {
			Path relative = dataDir.relativize(source);
			String name = source.getFileName().toString();
			if (relative.getNameCount() == 1 && SKIPPED_FILES.contains(name)) {
				return false;
			}
			if (name.startsWith("pgsql_tmp") || name.endsWith(".tmp")) {
				return false;
			}
			// the contents of these directories are not part of a backup; the directories themselves are
			return !(relative.getNameCount() >= 2 && EMPTIED_DIRECTORIES.contains(relative.getName(0).toString()));
		});
	}

	private static void copyWal(Path walDir, Path target, String startWal, String stopWal) throws IOException {
		Files.createDirectories(target);
		try (Stream<Path> files = Files.list(walDir)) {
			for (Path wal : files.toList()) {
				String name = wal.getFileName().toString();
				boolean segment = name.matches("[0-9A-F]{24}") && name.compareTo(startWal) >= 0
						&& name.compareTo(stopWal) <= 0;
				if (segment || name.endsWith(".history")) {
					Files.copy(wal, target.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
	}

	private interface Filter {

		boolean include(Path source);
	}

	private static void copyTree(Path from, Path to, Filter filter) throws IOException {
		Files.walkFileTree(from, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
				if (!dir.equals(from) && !filter.include(dir)) {
					return FileVisitResult.SKIP_SUBTREE;
				}
				Files.createDirectories(to.resolve(from.relativize(dir).toString()));
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				if (filter.include(file)) {
					try {
						Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
					}
					catch (NoSuchFileException e) {
						// a relation dropped while copying: the WAL replays the drop
					}
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
				if (e instanceof NoSuchFileException) {
					return FileVisitResult.CONTINUE;
				}
				throw e;
			}
		});
	}

	static long size(Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).mapToLong(p -> {
				try {
					return Files.size(p);
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}).sum();
		}
	}

	private static String single(Statement s, String sql) throws SQLException {
		try (ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

	/** {@code backup DATA_DIR TARGET} of the running server of DATA_DIR, or {@code restore BACKUP NEW_DATA_DIR}. */
	public static void main(String[] args) throws Exception {
		if (args.length != 3 || !List.of("backup", "restore").contains(args[0])) {
			System.err.println("usage: backup DATA_DIR TARGET | restore BACKUP NEW_DATA_DIR");
			System.exit(2);
		}
		if (LoggerFactory.getLogger("io.zonky") instanceof ch.qos.logback.classic.Logger zonky) {
			zonky.setLevel(ch.qos.logback.classic.Level.WARN); // the server's own start-up chatter
		}
		if (args[0].equals("backup")) {
			Path dataDir = Path.of(args[1]).toAbsolutePath().normalize();
			List<String> pid = Files.readAllLines(dataDir.resolve("postmaster.pid"));
			PGSimpleDataSource ds = new PGSimpleDataSource();
			ds.setServerNames(new String[] { "localhost" });
			ds.setPortNumbers(new int[] { Integer.parseInt(pid.get(3).strip()) });
			ds.setDatabaseName("postgres");
			ds.setUser(EmbeddedPostgresServer.SUPERUSER);
			ds.setPassword(Files.readString(dataDir.resolve(EmbeddedPostgresServer.SECRET_FILE)).strip());
			Backup b = backup(ds, Path.of(args[2]).toAbsolutePath().normalize());
			System.out.printf("backup of %s in %s: %.1f MB, WAL %s..%s, %d ms%n", dataDir, b.directory(),
					b.bytes() / 1e6, b.startWal(), b.stopWal(), b.took().toMillis());
		}
		else {
			Path backup = Path.of(args[1]).toAbsolutePath().normalize();
			Path dataDir = Path.of(args[2]).toAbsolutePath().normalize();
			long started = System.nanoTime();
			restore(backup, dataDir);
			long copied = System.nanoTime();
			// the first start replays the WAL to the end of the backup; then the server stops cleanly
			EmbeddedPostgresServer.Running running = EmbeddedPostgresServer.start(dataDir, 0);
			try (Connection c = running.dataSource("postgres").getConnection(); Statement s = c.createStatement()) {
				System.out.printf("restored into %s: databases %s%n", dataDir,
						single(s, "select string_agg(datname, ', ' order by datname) from pg_database where not datistemplate"));
			}
			finally {
				running.postgres().close();
			}
			System.out.printf("restore: copy %d ms, recovery and first start %d ms, %.1f MB%n",
					(copied - started) / 1_000_000, (System.nanoTime() - copied) / 1_000_000, size(dataDir) / 1e6);
		}
	}
}
