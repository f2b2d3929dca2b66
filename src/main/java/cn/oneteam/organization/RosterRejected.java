package cn.oneteam.organization;

import java.util.List;
import java.util.Map;

/** A roster with refused rows: nothing was written; {@code rows} names each refused cell (docs/adr/0012-bad-input.md). */
public class RosterRejected extends OrganizationViolation {

	private final transient List<RosterReport.RowError> rows;

	RosterRejected(List<RosterReport.RowError> rows) {
		super(BAD_REQUEST, "onboard.rows-rejected", rows.stream().map(RosterReport.RowError::row).distinct().count());
		this.rows = List.copyOf(rows);
	}

	public List<RosterReport.RowError> rows() {
		return rows;
	}

	@Override
	public Map<String, Object> details() {
		return Map.of("rows", rows);
	}
}
