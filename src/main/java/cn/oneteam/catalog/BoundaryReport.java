package cn.oneteam.catalog;

import java.time.LocalDate;
import java.util.List;

import cn.oneteam.shared.DivisionCode;

/**
 * 职责边界检查: in a county on a day, the matters nobody enforces in some township (监管真空) and those more than
 * one body claims (多头执法), with the records in conflict.
 */
public record BoundaryReport(DivisionCode county, String countyName, LocalDate day, int matters, int townships,
		List<Finding> gaps, List<Finding> overlaps) {

	/** One matter in one township, with the conflicting records (empty for a gap). */
	public record Finding(String matterCode, String matterName, DivisionCode township, String townshipName,
			List<String> records) {
	}
}
