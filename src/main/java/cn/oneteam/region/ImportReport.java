package cn.oneteam.region;

/** What a division import did: rows read, inserted, renamed, unchanged, rejected, and how fast. */
public record ImportReport(long read, long inserted, long renamed, long unchanged, long rejected, long millis,
		long rowsPerSecond) {

	static ImportReport of(long read, long inserted, long renamed, long unchanged, long rejected, long millis) {
		return new ImportReport(read, inserted, renamed, unchanged, rejected, millis,
				millis == 0 ? read : read * 1000 / millis);
	}
}
