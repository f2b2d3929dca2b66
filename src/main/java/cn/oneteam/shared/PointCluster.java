package cn.oneteam.shared;

/**
 * The items of a map's point layer that fell in one grid cell: how many, and their mean position (degrees as
 * recorded). The map groups points on the server (docs/adr/0052-the-map.md).
 */
public record PointCluster(double longitude, double latitude, long count) {

	/** At most this many cells in one answer, the fullest first: a bound on the answer, never reached at map zooms. */
	public static final int LIMIT = 5000;
}
