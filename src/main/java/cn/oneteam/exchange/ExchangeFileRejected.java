package cn.oneteam.exchange;

import java.util.List;
import java.util.Map;

/** A pushed file with refused rows: nothing was stored; the problem carries the row report. */
class ExchangeFileRejected extends ExchangeViolation {

	/** One refused row: its number (header = 1), the column, problem code and reason in the caller's language. */
	record Refusal(int row, String column, String problem, String reason) {
	}

	private final transient List<Refusal> refused;

	private final int rowsRead;

	ExchangeFileRejected(List<Refusal> refused, int rowsRead) {
		super(UNPROCESSABLE, "exchange.file.rows-rejected", refused.size(), rowsRead);
		this.refused = List.copyOf(refused);
		this.rowsRead = rowsRead;
	}

	@Override
	public Map<String, Object> details() {
		return Map.of("rowsRead", rowsRead, "refused", refused);
	}
}
