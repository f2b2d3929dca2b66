package cn.oneteam.organization;

import java.time.LocalDate;
import java.util.List;

import cn.oneteam.shared.DivisionCode;

/** Staffing figures of the enforcement bodies in an area on a day: per body, per county, and in total. */
public record StaffingReport(DivisionCode area, String areaName, LocalDate day, List<Line> bodies,
		List<Line> counties, StaffingFigures total) {

	/** One row: a body or a county, with its figures. */
	public record Line(String code, String name, StaffingFigures figures) {
	}
}
