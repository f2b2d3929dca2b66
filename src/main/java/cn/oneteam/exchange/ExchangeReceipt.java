package cn.oneteam.exchange;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * 回执: what OneTeam answers a push — its id, the partner, the idempotency key, when it was received and, per record,
 * what was done (docs/adr/0021-approval-exchange.md). {@code repeated}: this answer is for a key seen before.
 */
public record ExchangeReceipt(UUID id, String partnerCode, String idempotencyKey, String channel,
		OffsetDateTime receivedAt, List<Result> results, boolean repeated) {

	/** One record: its row (1 for the API, from 2 in a file under its header), subject, licence and what was done. */
	public record Result(int row, String subjectCode, String number, String action, long licenceId) {
	}

	ExchangeReceipt asRepeat() {
		return new ExchangeReceipt(id, partnerCode, idempotencyKey, channel, receivedAt, results, true);
	}
}
