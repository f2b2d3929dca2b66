package cn.oneteam.region;

/** What a division import did: rows read, inserted, renamed, unchanged, rejected, and how fast. */
public record ImportReport(long read, long inserted, long renamed, long unchanged, long rejected, long millis) {

	public long rowsPerSecond() {
		return millis == 0 ? read : read * 1000 / millis;
	}
}
