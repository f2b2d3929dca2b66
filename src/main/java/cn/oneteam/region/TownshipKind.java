package cn.oneteam.region;

import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.DivisionLevel;
import org.jspecify.annotations.Nullable;

/**
 * 乡级区划类别, read from the 7th digit of a 9-digit statistical code: 0 街道, 1 镇, 2 乡, 3 民族乡/苏木 and
 * similar, anything else a unit not confirmed by civil affairs (development zones, farms).
 */
public enum TownshipKind {

	SUBDISTRICT, TOWN, TOWNSHIP, ETHNIC_TOWNSHIP, OTHER;

	/** The kind of a township-level code; {@code null} for other levels. */
	public static @Nullable TownshipKind of(DivisionCode code) {
		if (code.level() != DivisionLevel.TOWNSHIP) {
			return null;
		}
		return switch (code.value().charAt(6)) {
			case '0' -> SUBDISTRICT;
			case '1' -> TOWN;
			case '2' -> TOWNSHIP;
			case '3' -> ETHNIC_TOWNSHIP;
			default -> OTHER;
		};
	}
}
