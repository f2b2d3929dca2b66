package cn.oneteam.region;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.DivisionLevel;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The division tree in {@code division}; bulk loads go through PostgreSQL COPY into a staging table. */
@Repository
class DivisionRepository {

	private static final String COLUMNS = """
			d.code, d.name, d.parent_code,
			(select count(*) from division c where c.parent_code = d.code) as child_count""";

	private static final Pattern COPY_LINE = Pattern.compile("line (\\d+)");

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	DivisionRepository(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	Optional<Division> find(DivisionCode code) {
		return jdbc.sql("select " + COLUMNS + " from division d where d.code = ?")
			.param(code.value())
			.query(DivisionRepository::division)
			.optional();
	}

	List<Division> children(DivisionCode parent) {
		return jdbc.sql("select " + COLUMNS + " from division d where d.parent_code = ? order by d.code")
			.param(parent.value())
			.query(DivisionRepository::division)
			.list();
	}

	List<Division> provinces() {
		return jdbc.sql("select " + COLUMNS + " from division d where d.parent_code is null order by d.code")
			.query(DivisionRepository::division)
			.list();
	}

	List<Division> findAll(List<String> codes) {
		return jdbc.sql("select " + COLUMNS + " from division d where d.code = any(?) order by d.code")
			.param(codes.toArray(String[]::new))
			.query(DivisionRepository::division)
			.list();
	}

	/** Divisions whose code starts with the text, or whose name contains it, shallow levels first. */
	List<Division> search(String text, int limit) {
		String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return jdbc.sql("select " + COLUMNS + """
				 from division d
				where d.code like :prefix or d.name like :contains
				order by length(d.code), d.code limit :limit""")
			.param("prefix", escaped + "%")
			.param("contains", "%" + escaped + "%")
			.param("limit", limit)
			.query(DivisionRepository::division)
			.list();
	}

	long count(DivisionLevel level) {
		return jdbc.sql("select count(*) from division where length(code) = ?")
			.param(level.codeLength())
			.query(Long.class)
			.single();
	}

	/**
	 * Copies a CSV ({@code code,name,...} with a header) into the staging table of the current transaction, and
	 * returns the number of rows copied.
	 */
	long copyIntoStaging(InputStream csv, int columns) {
		jdbc.sql("""
				create temporary table if not exists division_staging
				(code text, name text, c3 text, c4 text, c5 text, c6 text) on commit drop""").update();
		String columnList = String.join(", ", List.of("code", "name", "c3", "c4", "c5", "c6").subList(0, columns));
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			return connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy division_staging (" + columnList + ") from stdin (format csv, header true)", csv);
		}
		catch (SQLException e) {
			// report where, never what: the message of COPY quotes the offending line of the file
			Matcher line = COPY_LINE.matcher(String.valueOf(e.getMessage()));
			throw new RegionViolation(RegionViolation.UNPROCESSABLE, "region.import-file-unreadable",
					line.find() ? line.group(1) : "?");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	/**
	 * Moves the staged rows into the tree: valid codes of the given level whose parent exists are inserted or
	 * renamed; the rest are rejected. Empties the staging table.
	 */
	ImportReport mergeStaging(DivisionLevel level, long read, long startedNanos) {
		int inserted = jdbc.sql("""
				insert into division (code, name, parent_code)
				select s.code, trim(s.name), nullif(left(s.code, :parentLength), '')
				from division_staging s
				where s.code ~ :pattern and trim(s.name) <> ''
				  and (:parentLength = 0 or exists (select 1 from division p where p.code = left(s.code, :parentLength)))
				on conflict (code) do nothing""")
			.param("parentLength", level.parent().map(DivisionLevel::codeLength).orElse(0))
			.param("pattern", "^\\d{" + level.codeLength() + "}$")
			.update();
		int renamed = jdbc.sql("""
				update division d set name = trim(s.name) from division_staging s
				where d.code = s.code and s.code ~ :pattern and d.name <> trim(s.name) and trim(s.name) <> ''""")
			.param("pattern", "^\\d{" + level.codeLength() + "}$")
			.update();
		long valid = jdbc.sql("""
				select count(*) from division_staging s join division d on d.code = s.code where s.code ~ :pattern""")
			.param("pattern", "^\\d{" + level.codeLength() + "}$")
			.query(Long.class)
			.single();
		jdbc.sql("truncate division_staging").update();
		long millis = (System.nanoTime() - startedNanos) / 1_000_000;
		return ImportReport.of(read, inserted, renamed, valid - inserted - renamed, read - valid, millis);
	}

	Optional<String> datasetChecksum(String name) {
		return jdbc.sql("select checksum from reference_dataset where name = ?")
			.param(name)
			.query(String.class)
			.optional();
	}

	void recordDataset(String name, String checksum, long rows) {
		jdbc.sql("""
				insert into reference_dataset (name, checksum, row_count, loaded_at) values (?, ?, ?, now())
				on conflict (name) do update set checksum = excluded.checksum, row_count = excluded.row_count,
				loaded_at = excluded.loaded_at""")
			.params(name, checksum, rows)
			.update();
	}

	void lock() {
		jdbc.sql("select pg_advisory_xact_lock(6100001)").query(Object.class).single();
	}

	private static Division division(ResultSet rs, int row) throws SQLException {
		String parent = rs.getString("parent_code");
		return new Division(new DivisionCode(rs.getString("code")), rs.getString("name"),
				parent == null ? null : new DivisionCode(parent), rs.getInt("child_count"));
	}
}
