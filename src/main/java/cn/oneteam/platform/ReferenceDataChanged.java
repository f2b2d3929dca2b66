package cn.oneteam.platform;

import java.util.Set;

/**
 * Committed changes to reference data that instances keep in memory, as notified on PostgreSQL channel
 * {@code oneteam_catalog} by any instance (docs/adr/0054-responsibility-index.md). A local event, published on the
 * listening thread: {@code notices} are the payloads ({@code matter:<id>}, {@code division}, {@code organization});
 * {@code anything} is true after the listening connection was (re)opened, when notifications may have been missed.
 */
public record ReferenceDataChanged(Set<String> notices, boolean anything) {

	/** True when the table's rows may have changed: it was named, or anything may have changed. */
	public boolean touches(String table) {
		return anything || notices.contains(table);
	}
}
