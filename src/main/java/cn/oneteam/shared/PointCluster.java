package cn.oneteam.shared;

/**
 * The items of a map's point layer that fell in one grid cell: how many, and their mean position (degrees as
 * recorded). The map groups points on the server (docs/adr/0052-the-map.md).
 */
public record PointCluster(double longitude, double latitude, long count) {

	/**
	 * At most this many cells in one answer, the fullest first; the map says when it cut (docs/adr/0052-the-map.md).
	 */
	public static final int LIMIT = 5000;

	/** The part of the map on screen, in degrees: only points inside it are grouped. */
	public record View(double west, double south, double east, double north) {

		/** The whole globe: every point. */
		public static final View WORLD = new View(-180, -90, 180, 90);

		/** The longer side, in degrees. */
		public double span() {
			return Math.max(east - west, north - south);
		}
	}
}
