package bench.flowable;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.flowable.engine.impl.util.CommandContextUtil;

/**
 * The peer's own SQL, on the connection of the Flowable command that runs the request: the engine's writes and ours
 * commit or roll back together, as OneTeam's action and its record do.
 */
final class Sql {

	private Sql() {
	}

	static int update(String sql, Object... params) {
		try (PreparedStatement s = prepare(sql, params)) {
			return s.executeUpdate();
		}
		catch (SQLException e) {
			throw new IllegalStateException(sql, e);
		}
	}

	/** The rows of a query, each a map of its columns in order (arrays as Java arrays). */
	static List<Map<String, Object>> rows(String sql, Object... params) {
		try (PreparedStatement s = prepare(sql, params); ResultSet rs = s.executeQuery()) {
			ResultSetMetaData meta = rs.getMetaData();
			List<Map<String, Object>> rows = new ArrayList<>();
			while (rs.next()) {
				Map<String, Object> row = new LinkedHashMap<>();
				for (int i = 1; i <= meta.getColumnCount(); i++) {
					Object value = rs.getObject(i);
					row.put(meta.getColumnLabel(i), value instanceof Array a ? a.getArray()
							: value instanceof java.sql.Date d ? d.toLocalDate() : value);
				}
				rows.add(row);
			}
			return rows;
		}
		catch (SQLException e) {
			throw new IllegalStateException(sql, e);
		}
	}

	static Optional<Map<String, Object>> row(String sql, Object... params) {
		return rows(sql, params).stream().findFirst();
	}

	/** The first column of the first row, if any. */
	static Optional<Object> value(String sql, Object... params) {
		return row(sql, params).map(r -> r.values().iterator().next());
	}

	private static PreparedStatement prepare(String sql, Object... params) throws SQLException {
		Connection connection = CommandContextUtil.getDbSqlSession().getSqlSession().getConnection();
		PreparedStatement s = connection.prepareStatement(sql);
		for (int i = 0; i < params.length; i++) {
			Object p = params[i];
			s.setObject(i + 1, p instanceof String[] texts ? connection.createArrayOf("text", texts) : p);
		}
		return s;
	}
}
